/**
 * An Arabic draft names a known person's council or board after another town than the body the
 * fact base gives them («عضوة مجلس مدينة ليدز» for a member of Birmingham City Council, whose
 * names the fact base gives in English only): the town tells the bodies apart, so the finding is
 * an error, not advice. The body's own town, a body named without a town, and a town after a
 * preposition (where a body works, not its name) pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const checker = createChecker([fixtureFactBase('dev-stories/en-measles')], { scope: 'all' });

/** The rule ids and severities of the findings on one sentence, for the post and affiliation rules. */
function findings(text: string): string[] {
  return checker
    .check(text)
    .findings.filter((finding) => finding.ruleId === 'post-holder' || finding.ruleId === 'affiliation')
    .map((finding) => `${finding.ruleId}:${finding.severity}`);
}

test('a council named after another town is an error', () => {
  for (const sentence of [
    'وأكدت فريدة بيغوم، عضوة مجلس مدينة ليدز المسؤولة عن الصحة، أن الحملة ستشمل المدارس.',
    'أكدت فريدة بيغوم، عضوة مجلس ليفربول، أن الحملة ستشمل المدارس.',
  ]) {
    const found = findings(sentence);
    assert.equal(found.length, 1, sentence);
    assert.match(found[0]!, /:error$/, sentence);
  }
});

test("the body's own town, no town, and a town after a preposition pass", () => {
  for (const sentence of [
    'وأكدت فريدة بيغوم، عضوة مجلس مدينة برمنغهام المسؤولة عن الصحة، أن الحملة ستشمل المدارس.',
    'أكدت فريدة بيغوم، عضوة مجلس برمنغهام، أن الحملة ستشمل المدارس.',
    'أكدت فريدة بيغوم، عضوة المجلس البلدي، أن الحملة ستشمل المدارس.',
  ]) {
    assert.deepEqual(findings(sentence), [], sentence);
  }
});

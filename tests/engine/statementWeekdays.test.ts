/**
 * A statement's weekday: a draft's "said on Thursday" for a statement the article dates to
 * Wednesday, checked with the fact base drawn from an invented AFP story (Kenya's electoral
 * commission gives Tuesday's election turnout on Wednesday; the opposition leader speaks on
 * Thursday; dated Thursday 6 August 2026), written before the change. The day right after a speech
 * verb is compared with the statement the article dates in the sentence the draft restates, by
 * what it reports; another statement of the same speaker (complaints, a meeting with observers),
 * whose day the article does not give, stays clean, as do the right days.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { drawnChecker } from './helpers';

const ARTICLE = `Kenya election turnout reaches 64 percent, commission says

NAIROBI, Thursday 6 August 2026 (AFP) - Turnout in Kenya's general election on Tuesday reached 64 percent, the Independent Electoral and Boundaries Commission said on Wednesday.

Commission chairman Erastus Ethekon said final results would be announced by Sunday at the national tallying centre in Nairobi.

Opposition leader Kalonzo Musyoka said on Thursday his coalition would challenge the results in the Supreme Court.
`;

/** The event-date findings each draft gets from the fact base drawn from the article. */
function findingsOf(drafts: string[]): string[][] {
  const checker = drawnChecker(ARTICLE);
  return drafts.map((draft) => checker.check(draft).findings.filter((f) => f.ruleId === 'event-date').map((f) => draft.slice(f.range.start, f.range.end)));
}

test("a statement's wrong weekday right after its speech verb is flagged", () => {
  assert.deepEqual(
    findingsOf([
      "The electoral commission said on Thursday that turnout in Tuesday's election reached 64 percent.",
      'Turnout in the general election reached 64 percent, the electoral commission said on Monday.',
      'Kalonzo Musyoka said on Wednesday his coalition would challenge the results in the Supreme Court.',
    ]),
    [['Thursday'], ['Monday'], ['Wednesday']],
  );
});

test("a statement's right weekday, and another statement's day, stay clean", () => {
  assert.deepEqual(
    findingsOf([
      "The electoral commission said on Wednesday that turnout in Tuesday's election reached 64 percent.",
      'Turnout in the general election reached 64 percent, the electoral commission said Wednesday.',
      'Kalonzo Musyoka said on Thursday his coalition would challenge the results in the Supreme Court.',
      'The electoral commission said on Friday it had received complaints from two parties.',
      'Kalonzo Musyoka said on Friday he would meet foreign observers in Nairobi.',
    ]),
    [[], [], [], [], []],
  );
});

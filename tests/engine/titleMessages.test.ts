/**
 * The message of a wrong portfolio quotes the title as the draft writes it, head included ("not
 * “Foreign Secretary”", «لا «وزير الصحة»»), while the flagged range and the fix stay the
 * portfolio's words: a word quoted alone ("not “Foreign”") read as if the draft had written it alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const court = createChecker([fixtureFactBase('stories/en-court', 'uk-rwanda-ruling.factbase.json')], { scope: 'all' });
const fire = createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' });
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });

/** The post-holder findings of a draft as `flagged → fix | message` (the message in the draft's language). */
function posts(checker: ReturnType<typeof createChecker>, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'post-holder')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''} | ${finding.message}`);
}

test('a wrong portfolio before the head is quoted with the head', () => {
  const [line] = posts(court, 'Foreign Secretary James Cleverly told MPs the government would act.');
  assert.ok(line?.startsWith('Foreign → Home | '), line);
  assert.ok(line!.includes('“Foreign Secretary”'), line);
});

test('a wrong portfolio after the head is quoted with the head, in both languages', () => {
  const [english] = posts(fire, 'Gareth Howells, the Cabinet Secretary for Health, visited the site.');
  assert.ok(english?.includes('“Cabinet Secretary for Health”'), english);
  const [arabic] = posts(education, 'وقال منصف الرياحي، وزير الصحة، إن الامتحانات ستجرى.');
  assert.ok(arabic?.startsWith('الصحة → التربية | '), arabic);
  assert.ok(arabic!.includes('«وزير الصحة»'), arabic);
});

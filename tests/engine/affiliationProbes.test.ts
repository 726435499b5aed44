/**
 * Affiliation probes on two invented stories with several memberships each
 * (fixtures/affiliationStories.ts): every wrong tie is reported as expected, and no true
 * restatement or near miss is reported by `affiliation` or `post-holder`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { findingLines, fixtureFactBase, loadTestFactBase } from './helpers';
import { AR_ARTICLE, AR_CLEAN, AR_WRONG, EN_ARTICLE, EN_CLEAN, EN_WRONG, arFactBase, enFactBase } from './fixtures/affiliationStories';

const RULES = ['affiliation', 'post-holder'];
const stories = [
  { lang: 'en', wrong: EN_WRONG, clean: EN_CLEAN, findings: findingLines(createChecker([loadTestFactBase(enFactBase(), 'dunmore.factbase.json', EN_ARTICLE)], { scope: 'all' }), RULES) },
  { lang: 'ar', wrong: AR_WRONG, clean: AR_CLEAN, findings: findingLines(createChecker([loadTestFactBase(arFactBase(), 'wahat.factbase.json', AR_ARTICLE)], { scope: 'all' }), RULES) },
];

/** A finding line flags the expected text, or a part of it (the scorer matches overlapping spans). */
function matches(line: string, expected: string): boolean {
  const flagged = line.replace(/^[a-z-]+: /, '').replace(/ → .*$/, '');
  return flagged.length > 0 && expected.includes(flagged);
}

for (const story of stories) {
  test(`${story.lang}: each wrong tie is reported once`, () => {
    const missed = story.wrong.filter(([draft, expected]) => {
      const lines = story.findings(draft);
      return !(lines.length === 1 && matches(lines[0]!, expected));
    });
    assert.deepEqual(missed.map(([draft]) => `${draft} ⇒ ${story.findings(draft).join(' | ')}`), []);
  });
  test(`${story.lang}: true restatements and near misses stay unflagged`, () => {
    const flagged = story.clean.filter((draft) => story.findings(draft).length > 0);
    assert.deepEqual(flagged.map((draft) => `${draft} ⇒ ${story.findings(draft).join(' | ')}`), []);
  });
}

/** Probes on the dev and shared stories: a party named by its own word, a nationality with a two-word noun. */
const DEV_PROBES: readonly { story: string; file?: string; article?: string; wrong: [string, string][]; clean: string[] }[] = [
  {
    story: 'dev-stories/en-fire',
    wrong: [
      ['The Plaid-led Swansea Council said the site would be inspected.', 'Plaid'],
      ['Meleri Rhys (Labour) said an inquiry should open.', 'Labour'],
      ['Alun Maddox (Conservative) said the site would be inspected.', 'Conservative'],
    ],
    clean: ['The Labour-led Swansea Council said the site would be inspected.', 'Alun Maddox (Labour) said the site would be inspected.', 'Meleri Rhys (Plaid) said an inquiry should open.'],
  },
  {
    story: 'stories/ar-economy',
    file: 'ras-el-hekma.factbase.json',
    article: 'article.ar.txt',
    wrong: [
      ['وقال رجل الأعمال الإماراتي نجيب ساويرس إن الصفقة مهمة.', 'الإماراتي'],
      ['Naguib Sawiris, a Saudi businessman, said the deal mattered.', 'Saudi'],
    ],
    clean: ['وقال رجل الأعمال المصري نجيب ساويرس إن الصفقة مهمة.', 'Egyptian businessman Naguib Sawiris said the deal mattered.', 'وقال الوزير الإماراتي محمد حسن السويدي إن الصفقة مهمة.'],
  },
];

for (const probe of DEV_PROBES) {
  const findings = findingLines(createChecker([fixtureFactBase(probe.story, probe.file, probe.article)], { scope: 'all' }), RULES);
  test(`${probe.story}: wrong ties are reported, true ones are not`, () => {
    assert.deepEqual(probe.wrong.filter(([draft, expected]) => !findings(draft).some((line) => matches(line, expected))).map(([draft]) => draft), []);
    assert.deepEqual(probe.clean.filter((draft) => findings(draft).length > 0).map((draft) => `${draft} ⇒ ${findings(draft).join(' | ')}`), []);
  });
}

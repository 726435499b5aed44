/**
 * Counted nouns and a duration's noun that drawing left out, probed by helper drawq30 before the
 * change that serves them: the bodies recovered (انتشلت 9 جثث, recovered 9 bodies), the suspects
 * held (4 مشتبه بهم, 4 suspects) and the assaults recorded (64 اعتداء, 64 assaults), which were
 * not drawn at all, since a count is drawn only with a noun of the counted-noun table; and a
 * loan's grace period (فترة سماح مدتها أربع سنوات, a grace period of four years), which was tied
 * to the word before the figure (مدتها, period) and marked unsure. Traps: the bodies are not the
 * dead (the toll of 14 stays the dead's), and a duration ago beside the loan is not its term.
 * Invented articles: a gold mine collapse near Tamanrasset (`mine-collapse30.ar.txt`,
 * `mine-collapse30.en.txt`); the events, figures and dates are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type DrawnQuantity, type RuleProbe } from './drawProbeChecks';

const AR = 'mine-collapse30.ar.txt';
const EN = 'mine-collapse30.en.txt';

/** The drawn quantity of a value and unit in a probe article. */
function quantity(file: string, value: number, unit: string): DrawnQuantity | undefined {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  return drawnQuantities(article).find((q) => q.value === value && q.unit === unit);
}

for (const file of [AR, EN]) {
  test(`${file}: the bodies recovered are counted as bodies, in both languages`, () => {
    const bodies = quantity(file, 9, 'count');
    assert.ok(bodies?.noun?.en?.includes('bodies') && bodies.noun.ar?.includes('جثث'), JSON.stringify(bodies));
  });

  test(`${file}: the suspects held are counted as suspects`, () => {
    const suspects = quantity(file, 4, 'count');
    assert.ok(suspects?.noun?.en?.includes('suspects') && suspects.noun.ar?.includes('مشتبه بهم'), JSON.stringify(suspects));
  });

  test(`${file}: the assaults recorded are counted as assaults`, () => {
    const assaults = quantity(file, 64, 'count');
    assert.ok(assaults?.noun?.en?.includes('assaults') && assaults.noun.ar?.includes('اعتداءات'), JSON.stringify(assaults));
  });

  test(`${file}: the grace period is a sure duration of its own noun`, () => {
    const grace = quantity(file, 4, 'year');
    assert.ok(grace?.noun?.en?.includes('grace period') && grace.noun.ar?.includes('فترة سماح'), JSON.stringify(grace));
    assert.equal(grace?.review, undefined);
  });

  test(`${file}: the dead keep their own count beside the bodies`, () => {
    assert.ok(quantity(file, 14, 'count')?.noun?.en?.includes('dead'));
  });
}

const PROBES: RuleProbe[] = [
  // A wrong count of the bodies, the suspects or the assaults is flagged; the true one is not.
  { file: AR, sentence: 'وانتشلت فرق الإنقاذ 7 جثث من المنجم.', flagged: '7' },
  { file: AR, sentence: 'وانتشلت فرق الإنقاذ 9 جثث من المنجم.' },
  { file: AR, sentence: 'وأوقفت الشرطة 5 مشتبه بهم.', flagged: '5' },
  { file: AR, sentence: 'وأوقفت الشرطة أربعة مشتبه بهم.' },
  { file: AR, sentence: 'وسجلت مصالح الصحة 46 اعتداء على طواقم الإسعاف.', flagged: '46' },
  { file: EN, sentence: 'Rescuers recovered 7 bodies.', flagged: '7' },
  { file: EN, sentence: 'Rescuers recovered nine bodies.' },
  { file: EN, sentence: 'Police arrested six suspects.', flagged: 'six' },
  { file: EN, sentence: 'Police arrested four suspects.' },
  { file: EN, sentence: 'Health services recorded 46 assaults on ambulance crews.', flagged: '46' },
  { file: EN, sentence: 'Health services recorded 64 assaults on ambulance crews.' },
  // The bodies are not the dead: the toll is compared with the dead's figure only.
  { file: AR, sentence: 'وانتشلت فرق الإنقاذ 14 جثة.', flagged: '14' },
  { file: AR, sentence: 'وارتفعت حصيلة القتلى إلى 14.' },
  { file: EN, sentence: 'Rescuers recovered 14 bodies.', flagged: '14' },
  { file: EN, sentence: 'The death toll rose to 14.' },
  // A wrong grace period is flagged; the true one is not, nor a time ago beside the loan.
  { file: AR, sentence: 'وقال الوزير إن فترة السماح خمس سنوات.', flagged: 'خمس سنوات' },
  { file: AR, sentence: 'وقال الوزير إن فترة السماح أربع سنوات.' },
  { file: AR, sentence: 'وحصلت الحكومة على القرض قبل عامين.' },
  { file: EN, sentence: 'The grace period of the loan is five years.', flagged: 'five years' },
  { file: EN, sentence: 'The grace period of the loan is four years.' },
  { file: EN, sentence: 'The loan was approved two years ago.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);

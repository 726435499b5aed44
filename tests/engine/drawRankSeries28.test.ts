/**
 * Ranks of a series, probed by helper drawqty28 before the change that fixes them. An article that
 * reports the first of a series (أول دفعة من الصيادين, the first group of seafarers) and says when
 * the second is due (القافلة الثانية, the second group) gives the noun no rank of the story's: each
 * ordinal names another member of the series. Drawn as a rank of two, the later ordinal made the
 * story's own "first" wrong in every draft that restated the headline. A rank the article gives
 * alone (ثالث سفينة, the third crew abandoned this year) is still drawn and compared. Articles
 * (invented): Mauritanian fishermen freed in Gambia brought home in convoys
 * (`fishermen-nouadhibou28.ar.txt`) and Filipino seafarers of an abandoned ship flown home in groups
 * (`seafarers-manila28.en.txt`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type RuleProbe } from './drawProbeChecks';

const FISHERMEN = 'fishermen-nouadhibou28.ar.txt';
const SEAFARERS = 'seafarers-manila28.en.txt';

/** What a wrong member of a series waits for: drawing a series' members with the event each belongs to. */
const SERIES = 'an ordinal of a series is drawn with no rank; its members are not drawn with their events';

const PROBES: RuleProbe[] = [
  // The first of a series, as the article says it: no rank of two holds it.
  { file: FISHERMEN, sentence: 'وصلت إلى نواكشوط أول قافلة تقل الصيادين الموريتانيين المفرج عنهم في غامبيا.' },
  { file: FISHERMEN, sentence: 'وصلت القافلة الأولى من بانجول إلى نواكشوط مساء الخميس.' },
  { file: FISHERMEN, sentence: 'ومن المقرر أن تنطلق القافلة الثانية من بانجول يوم الاثنين.' },
  { file: SEAFARERS, sentence: 'The first group of Filipino seafarers landed in Manila on Thursday.' },
  { file: SEAFARERS, sentence: 'The second group is due to fly home on Monday.' },
  { file: SEAFARERS, sentence: 'A first group of seafarers from the Ocean Lantern reached Manila on Thursday.' },
  // A rank given alone is still compared.
  { file: FISHERMEN, sentence: 'وهذه ثالث سفينة صيد موريتانية تحتجزها غامبيا هذا العام.' },
  { file: FISHERMEN, sentence: 'وهذه رابع سفينة صيد موريتانية تحتجزها غامبيا هذا العام.', flagged: 'رابع' },
  { file: SEAFARERS, sentence: 'It was the third crew abandoned in the Red Sea this year.' },
  { file: SEAFARERS, sentence: 'It was the fourth crew abandoned in the Red Sea this year.', flagged: 'fourth' },
  // A wrong member of the series: no rank ties it yet.
  { file: FISHERMEN, sentence: 'وصلت إلى نواكشوط ثاني قافلة تقل الصيادين مساء الخميس.', flagged: 'ثاني', todo: SERIES },
  { file: SEAFARERS, sentence: 'The second group of seafarers landed in Manila on Thursday.', flagged: 'second', todo: SERIES },
];

for (const probe of PROBES) ruleProbe('quantity', probe);

/** The ranks drawn from a probe article (its quantities of unit `other`: it measures nothing), as noun and value. */
function ranks(file: string): string[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  return drawnQuantities(article)
    .filter((quantity) => quantity.unit === 'other')
    .map((quantity) => `${[...(quantity.noun?.ar ?? []), ...(quantity.noun?.en ?? [])].at(-1)}:${quantity.value}`);
}

// The second of a series whose first the article reports is no rank; a rank given alone is one.
test('fishermen-nouadhibou28.ar.txt: the second convoy after the first is drawn as no rank; the third ship is', () => {
  assert.deepEqual(ranks(FISHERMEN), ['سفينة:3']);
});
test('seafarers-manila28.en.txt: the second group after the first is drawn as no rank; the third crew is', () => {
  assert.deepEqual(ranks(SEAFARERS), ['crews:3']);
});

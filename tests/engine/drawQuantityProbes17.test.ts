/**
 * Sentence probes of three invented wire stories of tests/engine/fixtures/drawProbes, written before
 * the drawing changes they test: a sum given with its conversion into another currency (12 billion
 * rupees, or about $144 million; «10 مليارات درهم (نحو مليار دولار)»), where a draft giving either is
 * true and a wrong one of either is flagged; a profit whose noun stands before a year (net profit for
 * 2025 rose to 3.2 billion riyals); areas with a scale word (1.2 million hectares); and a change
 * against a past period (up 40 per cent from a year earlier, «بانخفاض 45% عن العام الماضي»), drawn
 * as the change of its subject. The true restatements (rounded, hedged, in the other currency) are
 * traps.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { probe } from './drawProbeChecks';

interface Quantity {
  value: number;
  unit: string;
  currency?: string;
  noun?: { ar?: string[]; en?: string[] };
}

/** The money drawn from an article. */
const money = (text: string) => (drawFactBase(text, { published: '2026-03-18' }).factBase as unknown as { quantities: Quantity[] }).quantities.filter((q) => q.unit === 'money');

const CROP = 'crop-relief.en.txt';
probe(CROP, { sentence: 'Maharashtra will pay 12 billion rupees in compensation to farmers hit by unseasonal rain.' });
probe(CROP, { sentence: 'The state will pay about $144 million in compensation to farmers.' });
probe(CROP, { sentence: 'The state will pay 15 billion rupees in compensation to farmers.', rule: 'quantity' });
probe(CROP, { sentence: 'The state will pay about $200 million in compensation to farmers.', rule: 'quantity' });
probe(CROP, { sentence: 'The storms damaged crops on nearly 1.2 million hectares.' });
probe(CROP, { sentence: 'The storms damaged crops on 2 million hectares of farmland.', rule: 'quantity' });
probe(CROP, { sentence: 'The union said losses had reached 25 billion rupees.', rule: 'quantity' });
probe(CROP, { sentence: 'The union said losses had reached 30 billion rupees.' });
probe(CROP, { sentence: 'Last year a drought hit 900,000 hectares.' });
probe(CROP, { sentence: 'Onion prices rose 60 per cent from a year earlier.', rule: 'quantity' });
probe(CROP, { sentence: 'Onion prices at Lasalgaon rose 40 per cent from a year earlier.' });

const CEMENT = 'cement-profit.en.txt';
probe(CEMENT, { sentence: "Saudi Gulf Cement's net profit rose to 3.2 billion riyals in 2025." });
probe(CEMENT, { sentence: "Saudi Gulf Cement's net profit rose to $853 million in 2025." });
probe(CEMENT, { sentence: "Saudi Gulf Cement's net profit rose to 3.5 billion riyals in 2025.", rule: 'quantity' });
probe(CEMENT, { sentence: 'Net profit was up 40 per cent from a year earlier.' });
probe(CEMENT, { sentence: 'Net profit was up 25 per cent from a year earlier.', rule: 'quantity' });
probe(CEMENT, { sentence: 'Revenue rose to 11.4 billion riyals.' });
probe(CEMENT, { sentence: 'Revenue rose to 12.4 billion riyals.', rule: 'quantity' });
probe(CEMENT, { sentence: 'Analysts had expected a profit of 2.9 billion riyals.' });
probe(CEMENT, { sentence: 'The company employs about 4,200 people.' });

const DROUGHT = 'drought-morocco.ar.txt';
probe(DROUGHT, { sentence: 'أصاب الجفاف نحو 1.5 مليون هكتار من الأراضي المزروعة.' });
probe(DROUGHT, { sentence: 'أصاب الجفاف 2.5 مليون هكتار من الأراضي المزروعة.', rule: 'quantity' });
probe(DROUGHT, { sentence: 'خصصت الحكومة 10 مليارات درهم لدعم الفلاحين.' });
probe(DROUGHT, { sentence: 'خصصت الحكومة نحو مليار دولار لدعم الفلاحين.' });
probe(DROUGHT, { sentence: 'خصصت الحكومة 12 مليار درهم لدعم الفلاحين.', rule: 'quantity' });
probe(DROUGHT, { sentence: 'خصصت الحكومة نحو 3 مليارات دولار لدعم الفلاحين.', rule: 'quantity' });
probe(DROUGHT, { sentence: 'ويتوقع أن يبلغ محصول الحبوب 3.1 مليون طن، بانخفاض 45% عن العام الماضي.' });
probe(DROUGHT, { sentence: 'ويتوقع أن يبلغ محصول الحبوب 3.1 مليون طن، بانخفاض 30% عن العام الماضي.', rule: 'quantity', todo: 'the change of a weight whose noun is its subject (محصول الحبوب), not what it is of' });
probe(DROUGHT, { sentence: 'سيستورد المغرب نحو 5 ملايين طن من القمح.' });
probe(DROUGHT, { sentence: 'نسبة ملء السدود لم تتجاوز 28 في المئة.' });
probe(DROUGHT, { sentence: 'وتراجعت التساقطات المطرية بنسبة 35%.', rule: 'quantity' });

test('an Arabic sum with its conversion after «أي» takes the noun after the pair, and a second sum of the same currency is no conversion', () => {
  const drawn = money('الهند: تعويضات\nنيودلهي، 18 مارس 2026 - قالت حكومة ولاية ماهاراشترا إنها ستدفع 12 مليار روبية، أي نحو 144 مليون دولار، كتعويضات للمزارعين المتضررين.\n');
  assert.deepEqual(
    drawn.map((q) => [q.value, q.currency, q.noun?.ar?.[0]]),
    [
      [12_000_000_000, 'INR', 'تعويضات'],
      [144_000_000, 'USD', 'تعويضات'],
    ],
  );
  const fines = money('Fines\nThe regulator fined the firm 5,000 riyals, or 10,000 riyals for a repeat offence, in compensation to customers.\n');
  assert.ok(!fines.some((q) => q.value === 5000 && q.noun?.en?.includes('compensation')), JSON.stringify(fines));
});

test('a profit is drawn with its noun across a year before its verb, in both languages, and an analysts\' forecast gives way to it', () => {
  const english = money("Cement results\nRIYADH, Feb 24, 2026 - Najd Cement said its net profit for 2025 rose to 3.2 billion riyals. Analysts had expected a profit of 2.9 billion riyals.\n");
  assert.deepEqual(english.map((q) => [q.value, q.noun?.en?.[0]]), [[3_200_000_000, 'profit']]);
  const arabic = money('نتائج الإسمنت\nالرياض، 24 فبراير 2026 - قالت شركة إسمنت نجد إنها حققت أرباحاً صافية بلغت 3.2 مليار ريال في 2025. وكان المحللون يتوقعون أرباحاً بقيمة 2.9 مليار ريال.\n');
  assert.deepEqual(arabic.map((q) => [q.value, q.noun?.ar?.[0]]), [[3_200_000_000, 'أرباح']]);
});

/** The percentages drawn from an article, with their first noun in `lang`. */
const percents = (text: string, lang: 'ar' | 'en') =>
  (drawFactBase(text, { published: '2026-02-24' }).factBase as unknown as { quantities: Quantity[] }).quantities.filter((q) => q.unit === 'percent').map((q) => [q.value, q.noun?.[lang]?.[0]]);

test('a percentage whose clause says how the amount before it changed is that amount\'s change', () => {
  assert.deepEqual(percents('Results\nRIYADH, Feb 24, 2026 - Al Safa Foods reported net profit of 410 million riyals for the year, a 12% fall year on year.\n', 'en'), [[12, 'profit']]);
  assert.deepEqual(percents('نتائج\nالرياض، 24 فبراير 2026 - قالت الشركة إنها حققت أرباحاً صافية بلغت 3.2 مليار ريال في 2025، بارتفاع 40% عن العام الماضي.\n', 'ar'), [[40, 'أرباح']]);
  // A percentage of its own clause that names no change is no change of the amount before it.
  assert.deepEqual(percents('Results\nRIYADH, Feb 24, 2026 - Al Safa Foods reported net profit of 410 million riyals for the year, and 60 per cent of its staff are Saudi.\n', 'en').filter(([, noun]) => noun === 'profit'), []);
});

/**
 * Drawing quantities: counts with a noun of the counted-noun table, durations with the noun they
 * measure, amounts with the noun they are of, each with its forms in both languages so that a draft
 * in either language is compared with it; a quantity whose noun is a guess is marked unsure.
 * Sentences invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';
import { drawnChecker } from './helpers';

interface Quantity {
  value: number;
  unit: string;
  currency?: string;
  noun: { ar?: string[]; en?: string[] };
  review?: { unsure: boolean };
}
const quantities = (text: string) => (drawFactBase(text, { published: '2025-03-04' }).factBase as unknown as { quantities: Quantity[] }).quantities;

test('a count with a table noun is drawn sure, with English forms for an Arabic article', () => {
  const [count] = quantities('قالت ستة مصادر أمنية إن الاجتماع تأجل.\n');
  assert.equal(count?.value, 6);
  assert.equal(count?.unit, 'count');
  assert.ok(count?.noun.en?.includes('sources'));
  assert.equal(count?.review, undefined);
  const [justices] = quantities('Seven judges heard the appeal in the capital.\n');
  assert.equal(justices?.value, 7);
  assert.ok(justices?.noun.ar?.includes('قضاة'));
});

test('a number before a noun outside the table is no count (near miss)', () => {
  assert.deepEqual(quantities('وصلت ستة قطارات إلى المحطة.\n'), []);
  assert.deepEqual(quantities('Nine bridges were closed on the coast.\n'), []);
});

test('a duration takes the noun it measures, before the number or after the unit', () => {
  const [deadline] = quantities('حددت الحركة مهلة 9 أشهر لانسحاب القوات.\n');
  assert.deepEqual({ value: deadline?.value, unit: deadline?.unit, review: deadline?.review }, { value: 9, unit: 'month', review: undefined });
  assert.ok(deadline?.noun.en?.includes('deadline'));
  const [truce] = quantities('The two sides agreed a five-day truce on the border.\n');
  assert.equal(truce?.value, 5);
  assert.ok(truce?.noun.ar?.includes('هدنة'));
  // A duration of nothing the table knows is drawn for review only; a journey is in the table.
  const [other] = quantities('استمرت المناورة البحرية أربعة أيام.\n');
  assert.equal(other?.review?.unsure, true);
  const [journey] = quantities('استمرت الرحلة البحرية أربعة أيام.\n');
  assert.ok(journey?.noun.en?.includes('journey') && !journey.review, JSON.stringify(journey));
});

test('an amount takes the nearest table noun in its clause, never across another figure', () => {
  const [loan] = quantities('وافق البنك على قرض قيمته 4 مليارات دولار.\n');
  assert.deepEqual({ value: loan?.value, currency: loan?.currency }, { value: 4e9, currency: 'USD' });
  assert.ok(loan?.noun.en?.includes('loan'));
  const rates = quantities('Unemployment fell to 3.2 per cent in May from 4.1 per cent in April.\n');
  assert.deepEqual(rates.map((rate) => [rate.value, rate.noun.en?.[0]]), [[3.2, 'unemployment']]);
});

test('a drawn count contradicts a draft that restates its sentence, in either language', () => {
  const article = 'بغداد - الاثنين 3 مارس 2025\nقالت ستة مصادر أمنية عراقية إن وفد الحكومة سيزور عمّان.\n';
  const drawn = drawFactBase(article);
  const parsed = parseFactBase(JSON.stringify(drawn.factBase), 'x.factbase.json', article);
  assert.deepEqual(parsed.problems, []);
  const checker = createChecker([{ ...parsed.factBase!, article } as never]);
  const story = `---\nstory: ${String(drawn.factBase.id)}\n---\n`;
  const wrong = checker.check(`${story}قالت خمسة مصادر أمنية عراقية إن وفد الحكومة سيزور عمّان.\n`).findings;
  assert.ok(wrong.some((finding) => finding.ruleId === 'quantity'), JSON.stringify(wrong));
  const right = checker.check(`${story}قالت ستة مصادر أمنية عراقية إن وفد الحكومة سيزور عمّان.\n`).findings;
  assert.deepEqual(right.filter((finding) => finding.ruleId === 'quantity'), []);
});

test('a count of people is drawn (the checker compares it only where a draft restates its sentence)', () => {
  const [count] = quantities('More than 12,000 people crossed the border last winter.\n');
  assert.deepEqual({ value: count?.value, unit: count?.unit }, { value: 12000, unit: 'count' });
  assert.ok(count?.noun.ar?.includes('شخص'));
});

test('one end of a range is drawn unsure (a figure inside the range is not wrong); a list is no range', () => {
  const [range] = quantities('The deal gives the firm a 60% to 70% stake in the port.\n');
  assert.equal(range?.review?.unsure, true, JSON.stringify(range));
  const counts = quantities('Six sources and three judges confirmed the ruling.\n');
  assert.ok(counts.every((count) => count.review === undefined), JSON.stringify(counts));
});

test('an amount in another currency in brackets right after one is of the same noun; a currency word with tanween is read', () => {
  const arabic = quantities('وتبلغ الكلفة السنوية للبرنامج 310 ملايين دينار (نحو 105 ملايين دولار)، ومنحت الوزارة منحة قدرها 120 ديناراً شهرياً.');
  const usd = arabic.find((q) => q.currency === 'USD');
  assert.equal(usd?.value, 105_000_000, JSON.stringify(arabic));
  assert.deepEqual(usd.noun, arabic.find((q) => q.value === 310_000_000)!.noun);
  assert.ok(arabic.some((q) => q.value === 120 && q.currency === 'IQD'), JSON.stringify(arabic));
  const english = quantities('The fine of £5m ($6.2m) was paid on Monday.');
  assert.deepEqual(english.map((q) => [q.value, q.currency, q.noun.en?.[0]]), [[5_000_000, 'GBP', 'fine'], [6_200_000, 'USD', 'fine']]);
  // Near misses: an amount after the brackets' sentence ends, or after words, is not the equivalent.
  assert.deepEqual(quantities('The fine of £5m was paid, and $6.2m went to charity.').map((q) => q.value), [5_000_000]);
  assert.deepEqual(quantities('The fine was £5m. ($6.2m went elsewhere.)').map((q) => q.value), [5_000_000]);
});

test('near miss: who pays or spends (تنفق الدولة, the government paid) is not what an amount measures', () => {
  assert.deepEqual(quantities('وتنفق الدولة 48 مليون دينار سنوياً على تنظيم الامتحانات.'), []);
  assert.deepEqual(quantities('Last year the government paid £40m to the contractors.'), []);
});

test('the check reads a currency word with tanween in a draft (150 ديناراً for the article\'s 120 ديناراً)', () => {
  const article = 'منحة جديدة للأساتذة\nومنحت الوزارة الأساتذة منحة قدرها 120 ديناراً شهرياً بعد المفاوضات.';
  const checker = drawnChecker(article, { published: '2025-03-04', id: 'grant' });
  const rules = (draft: string) => checker.check(draft, { format: 'plaintext' }).findings.map((finding) => finding.ruleId);
  assert.deepEqual(rules('منحة جديدة\nومنحت الوزارة الأساتذة منحة قدرها 150 ديناراً شهرياً.'), ['quantity']);
  assert.deepEqual(rules('منحة جديدة\nومنحت الوزارة الأساتذة منحة قدرها 120 ديناراً شهرياً.'), []);
});

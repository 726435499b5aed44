/**
 * Drawing percentages with what they are of: the rate before them (نسبة النجاح, نسبة البطالة,
 * a pass rate), «في المئة» read as a percentage, and a noun stated with several values split by
 * the place or the branch each value is given for. Articles invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';
import { drawnChecker } from './helpers';

interface Quantity {
  value: number;
  unit: string;
  subject?: string;
  noun: { ar?: string[]; en?: string[] };
  review?: { unsure: boolean };
}
const quantities = (text: string) => (drawFactBase(text, { published: '2025-07-10' }).factBase as unknown as { quantities: Quantity[] }).quantities;
const percent = (text: string, value: number) => quantities(text).find((q) => q.unit === 'percent' && q.value === value);

const RESULTS = [
  'نتائج امتحان الكفاءة المهنية',
  'أعلنت الوزارة أمس نتائج امتحان الكفاءة المهنية، وبلغت نسبة النجاح 44.6 في المئة.',
  'وتصدرت ولاية سوسة الترتيب بنسبة نجاح بلغت 61.2 في المئة، تلتها ولاية نابل بـ53.7 في المئة، فيما سجلت ولاية قفصة أدنى نسبة بـ21.4 في المئة.',
  'وحسب الاختصاصات، بلغت نسبة النجاح 66.1 في المئة في شعبة الهندسة، مقابل 19.5 في المئة فقط في شعبة الفلسفة.',
  '',
].join('\n');

test('«في المئة» makes a percentage, and نسبة X gives its noun with the table\'s English forms', () => {
  const rate = percent('وبلغت نسبة البطالة 15.8 في المئة في الربع الأول.\n', 15.8);
  assert.ok(rate?.noun.en?.includes('unemployment'), JSON.stringify(rate));
  assert.equal(rate?.review, undefined);
  const pass = percent(RESULTS, 44.6);
  assert.ok(pass?.noun.en?.includes('pass rate'), JSON.stringify(pass));
  assert.equal(pass?.subject, undefined);
  // A rate named by its word alone, outside the table, is its own noun (Arabic only).
  assert.deepEqual(percent('وارتفعت نسبة الادخار إلى 12 في المئة.\n', 12)?.noun, { ar: ['الادخار', 'ادخار'] });
});

test('one rate given for several places and branches: each figure gets its place or branch as noun', () => {
  const sousse = percent(RESULTS, 61.2);
  assert.ok(sousse?.noun.ar?.includes('سوسة') && sousse.subject, JSON.stringify(sousse));
  assert.ok(percent(RESULTS, 53.7)?.noun.ar?.includes('نابل'));
  assert.ok(percent(RESULTS, 21.4)?.noun.ar?.includes('قفصة'));
  assert.ok(percent(RESULTS, 66.1)?.noun.ar?.includes('الهندسة'));
  assert.ok(percent(RESULTS, 19.5)?.noun.ar?.includes('الفلسفة'));
  // The general figure keeps the rate's noun.
  assert.ok(percent(RESULTS, 44.6)?.noun.ar?.includes('النجاح'));
});

test('near misses: a percentage with no noun, one rate with two unplaced values, one place alone', () => {
  // A percentage whose only noun is the word before it is a guess: marked unsure, compared with no draft.
  assert.ok(quantities('وارتفعت إلى 30 في المئة في العام الماضي.\n').every((q) => q.review?.unsure));
  // Two values of one rate, neither given for a place or a branch: neither is drawn.
  assert.equal(percent('بلغت نسبة البطالة 15.8 في المئة، ثم بلغت نسبة البطالة 16.2 في المئة لاحقاً.\n', 15.8), undefined);
  // A place beside a rate stated once does not replace the rate's noun.
  const single = percent('وبلغت نسبة البطالة في ولاية سوسة 15.8 في المئة.\n', 15.8);
  assert.ok(single?.noun.en?.includes('unemployment'), JSON.stringify(single));
  assert.equal(single?.subject, undefined);
});

test('drafts: a place\'s wrong figure is reported against that place, the right figures are not', () => {
  const drawn = drawFactBase(RESULTS, { published: '2025-07-10', id: 'results' });
  const parsed = parseFactBase(JSON.stringify(drawn.factBase), 'results.factbase.json', RESULTS);
  assert.deepEqual(parsed.problems, []);
  const checker = createChecker([parsed.factBase!], { scope: 'all' });
  const findings = (draft: string) => checker.check(draft, { format: 'plaintext' }).findings.filter((f) => f.ruleId === 'quantity');
  const wrong = findings('نتائج الامتحان\nوتصدرت ولاية سوسة الترتيب بنسبة نجاح بلغت 65.2 في المئة.');
  assert.equal(wrong.length, 1, JSON.stringify(wrong));
  assert.match(wrong[0]!.message, /61\.2/);
  assert.equal(findings('نسبة النجاح في الامتحان تبلغ 47.6 بالمائة\nنتائج').length, 1);
  assert.deepEqual(findings('نتائج الامتحان\nوتصدرت ولاية سوسة الترتيب بنسبة نجاح بلغت 61.2 في المئة، تلتها نابل بـ53.7 في المئة.'), []);
  assert.deepEqual(findings('نتائج الامتحان\nوبلغت نسبة النجاح 44.6 في المئة، و19.5 في المئة فقط في شعبة الفلسفة.'), []);
});

test('per-noun keys: quantities of different things in one sentence get different nouns, and a draft is compared like with like', () => {
  const article = 'هجوم على القرية\nوأسفر الهجوم عن 12 قتيلاً و30 جريحاً، فيما نزح 4000 شخص من 15 قرية.\n';
  const drawn = quantities(article);
  const nouns = drawn.map((q) => q.noun.en?.[0]);
  assert.equal(new Set(nouns).size, drawn.length, JSON.stringify(drawn));
  const checker = drawnChecker(article, { published: '2025-07-10', id: 'attack' });
  const findings = (draft: string) => checker.check(draft, { format: 'plaintext' }).findings.filter((f) => f.ruleId === 'quantity');
  const wrong = findings('هجوم على القرية\nوأسفر الهجوم عن 12 قتيلاً و35 جريحاً.');
  assert.equal(wrong.length, 1, JSON.stringify(wrong));
  assert.match(wrong[0]!.message, /30/);
  assert.deepEqual(findings('هجوم على القرية\nوأسفر الهجوم عن 12 قتيلاً و30 جريحاً.'), []);
});

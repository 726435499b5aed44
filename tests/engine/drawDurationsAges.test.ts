/**
 * Drawing durations with what they measure when the noun stands further off (a ban «لمدة خمس
 * سنوات» after its verb, what lasted: «عملية الفرز استمرت 9 أيام», the talks lasted four days),
 * ages given to a person named in apposition ("a 52-year-old nurse, Jane Doe,"), and counts of
 * cases («بـ452 حالة») of the noun the sentence counted before. Articles invented for the test,
 * with near misses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

interface Quantity {
  value: number;
  unit: string;
  subject?: string;
  noun?: { ar?: string[]; en?: string[] };
  review?: { unsure: boolean };
}
const quantities = (text: string) => (drawFactBase(`${text}\n`, { published: '2025-07-10' }).factBase as unknown as { quantities: Quantity[] }).quantities;

test('a ban after its verb: «لمدة» reaches back to the verb that bans', () => {
  const [ban] = quantities('وقال المدير إن اللاعبين المخالفين سيحرمون من المشاركة في البطولة لمدة ثلاث سنوات.');
  assert.deepEqual({ value: ban?.value, unit: ban?.unit, review: ban?.review }, { value: 3, unit: 'year', review: undefined });
  assert.ok(ban?.noun?.en?.includes('ban'));
  // Without a word for "for", a duration eight words after the verb is not the ban's.
  const far = quantities('وقال المدير إن اللاعبين المخالفين سيحرمون من المشاركة في البطولة التي تنطلق بعد ثلاث سنوات.');
  assert.ok(far.every((q) => q.review?.unsure || !q.noun?.en?.includes('ban')), JSON.stringify(far));
});

test('what lasted a duration is its noun, drawn sure', () => {
  const [count] = quantities('وأوضحت الهيئة أن عملية الفرز استمرت 9 أيام في كل الدوائر.');
  assert.deepEqual({ value: count?.value, unit: count?.unit, review: count?.review }, { value: 9, unit: 'day', review: undefined });
  assert.ok(count?.noun?.ar?.includes('الفرز'), JSON.stringify(count));
  const [talks] = quantities('The talks lasted four days in a hotel outside the capital.');
  assert.ok(talks?.noun?.en?.includes('talks') && !talks.review, JSON.stringify(talks));
  // A duration with no noun and no verb of lasting stays a guess to review.
  const [guess] = quantities('وعاد الوفد بعد 9 أيام من المحادثات.');
  assert.ok(!guess || guess.review?.unsure, JSON.stringify(guess));
});

test('an age before a described person named in apposition is that person\'s; an age is no duration', () => {
  const drawn = drawFactBase('A 52-year-old nurse, Jane Doe, was rescued from the roof on Monday, officials said.\n', { published: '2025-07-10' }).factBase as unknown as {
    quantities: Quantity[];
    people: { id: string }[];
  };
  const age = drawn.quantities.find((q) => q.unit === 'age');
  assert.equal(age?.value, 52);
  assert.equal(age?.subject, drawn.people[0]?.id);
  // Near misses: the name after a clause of its own is another person; an unnamed person's age is no duration.
  assert.deepEqual(quantities('A 52-year-old nurse, who was rescued, and Jane Doe, a pilot, were treated in hospital.').filter((q) => q.unit === 'age'), []);
  assert.deepEqual(quantities('وكان أكبر المشاركين سناً متقاعداً يبلغ من العمر 71 عاماً.'), []);
});

test('«بـN حالة» counts the noun the sentence counted before, and each province keeps its own count', () => {
  const article = [
    'حصيلة الفيضانات',
    'وأوضحت الوزارة أن إقليم تارودانت سجّل العدد الأكبر من الوفيات بـ212 حالة، يليه إقليم ورزازات بـ47 حالة، ثم إقليم أزيلال بـ9 حالات.',
    'وسجلت الشرطة 318 حالة سرقة خلال الأسبوع.',
    '',
  ].join('\n');
  const counts = quantities(article).filter((q) => q.unit === 'count');
  const byValue = new Map(counts.map((q) => [q.value, q]));
  for (const value of [212, 47, 9]) {
    assert.ok(byValue.get(value)?.noun?.en?.includes('deaths'), JSON.stringify(counts));
    assert.ok(byValue.get(value)?.subject, `a place for ${value}`);
  }
  assert.equal(new Set([212, 47, 9].map((value) => byValue.get(value)?.subject)).size, 3);
  // Near miss: cases with a noun of their own (حالة سرقة) are not the deaths: they are drawn with it.
  assert.deepEqual(byValue.get(318)?.noun, { ar: ['حالات سرقة', 'حالة سرقة'] });
});

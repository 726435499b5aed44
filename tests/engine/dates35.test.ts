/**
 * Dates of drawn fact bases (session 35). The stories are invented.
 *
 * - A wire dateline that names a town of two words and its country before the date ("PORT
 *   SHEPSTONE, South Africa, Monday 7 December 2026 -", «بورت شيبستون، جنوب أفريقيا، الاثنين 7
 *   ديسمبر 2026 -») is the article's date: the article's weekdays (on Thursday, يوم الخميس) are
 *   counted from it, so a draft that gives one of them another day is flagged. Without it no
 *   weekday of the article is drawn at all.
 *
 * Must be flagged: the bridge's opening and the start of its works given the wrong day, in both
 * languages. Traps: the right days, a draft dated a day later that counts its days from its own
 * date, another event's day in the same sentence, a homonym verb (opened fire), a target year
 * («بحلول عام 2035»), and the other calendar form of a month (٣ كانون الأول for 3 December).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase, type Checker } from '../../engine/src/index';

const EN_ARTICLE = [
  'Port Shepstone opens its new harbour bridge',
  '',
  'PORT SHEPSTONE, South Africa, Monday 7 December 2026 - The mayor of Port Shepstone, Nomvula Dlamini, opened the new harbour bridge on Monday.',
  '',
  'Workers of the builder, Coastal Spans, started the works on Thursday 3 December 2026 and finished the deck on Saturday.',
  '',
  'The city wants half of its ferries to run on electricity by 2035, Dlamini said.',
  '',
  'Dlamini said the old ferry terminal would close for repairs from 4 January.',
  '',
  'Residents asked the city to publish what the works had cost before the council meets on 28 January.',
  '',
  'The old coast road was shut after heavy rains on Sunday.',
  '',
].join('\n');

const AR_ARTICLE = [
  'بورت شيبستون تفتتح جسر الميناء الجديد',
  '',
  'بورت شيبستون، جنوب أفريقيا، الاثنين 7 ديسمبر 2026 - افتتحت رئيسة بلدية بورت شيبستون نومفولا دلاميني جسر الميناء الجديد يوم الاثنين.',
  '',
  'وأنهى عمال شركة كوستال سبانز تركيب سطح الجسر يوم السبت.',
  '',
  'وقالت دلاميني إن المدينة تريد أن تعمل نصف عباراتها بالكهرباء بحلول عام 2035.',
  '',
].join('\n');

const checkers = new Map<string, Checker>();

/** The checker over the fact base drawn from an article, drawn once. */
function checkerOf(article: string, lang: 'ar' | 'en'): Checker {
  let checker = checkers.get(article);
  if (checker) return checker;
  const parsed = parseFactBase(JSON.stringify(drawFactBase(article, { lang }).factBase), 'probe.factbase.json', article);
  assert.deepEqual(parsed.problems, []);
  checker = createChecker([parsed.factBase!], { scope: 'all' });
  checkers.set(article, checker);
  return checker;
}

/** The event-date findings of a draft dated `date`: the words flagged and the text of the first fix. */
function dateFindings(checker: Checker, body: string, date = '2026-12-07'): string[] {
  const draft = `---\ndate: ${date}\n---\n\n${body}\n`;
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

test('a dateline with a town of two words and its country dates the article\'s weekdays (English)', () => {
  const checker = checkerOf(EN_ARTICLE, 'en');
  assert.deepEqual(dateFindings(checker, 'Nomvula Dlamini opened the new harbour bridge in Port Shepstone on Sunday.'), ['Sunday → Monday']);
  assert.deepEqual(dateFindings(checker, 'Coastal Spans finished the deck of the bridge on Friday.'), ['Friday → Saturday']);
});

test('a dateline with a town of two words and its country dates the article\'s weekdays (Arabic)', () => {
  const checker = checkerOf(AR_ARTICLE, 'ar');
  assert.deepEqual(dateFindings(checker, 'وأنهى عمال كوستال سبانز تركيب سطح الجسر يوم الجمعة.'), ['الجمعة → السبت']);
});

test('traps: the right days, counted from the draft\'s own date, and another event\'s day in the sentence', () => {
  const en = checkerOf(EN_ARTICLE, 'en');
  assert.deepEqual(dateFindings(en, 'Nomvula Dlamini opened the new harbour bridge in Port Shepstone on Monday.'), []);
  assert.deepEqual(dateFindings(en, 'Nomvula Dlamini opened the new harbour bridge in Port Shepstone yesterday.', '2026-12-08'), []);
  assert.deepEqual(dateFindings(en, 'Nomvula Dlamini opened the new harbour bridge on Monday, after Coastal Spans finished the deck on Saturday.'), []);
  assert.deepEqual(dateFindings(en, 'Police opened fire on a stolen car near the harbour on Sunday.'), []);
  assert.deepEqual(dateFindings(en, 'Dlamini said the city wants half of its ferries to run on electricity by 2035.'), []);
  const ar = checkerOf(AR_ARTICLE, 'ar');
  assert.deepEqual(dateFindings(ar, 'وافتتحت نومفولا دلاميني جسر الميناء الجديد يوم الاثنين.'), []);
  assert.deepEqual(dateFindings(ar, 'وافتتحت نومفولا دلاميني جسر الميناء الجديد أمس.', '2026-12-08'), []);
  assert.deepEqual(dateFindings(ar, 'وافتتحت دلاميني الجسر في ٧ كانون الأول.'), []);
  assert.deepEqual(dateFindings(ar, 'وقالت دلاميني إن المدينة تريد تشغيل نصف عباراتها بالكهرباء بحلول عام 2035.'), []);
});

test('a month that "would" governs, or a present verb after "before", is next year\'s in a December article', () => {
  const en = checkerOf(EN_ARTICLE, 'en');
  assert.deepEqual(dateFindings(en, 'The old ferry terminal will close for repairs from 4 January 2028, Dlamini said.'), ['2028 → 2027']);
  assert.deepEqual(dateFindings(en, 'The old ferry terminal will close for repairs from 4 January 2027, Dlamini said.'), []);
  assert.deepEqual(dateFindings(en, 'Residents want the cost of the works published before the council meets on 28 January 2026.'), ['2026 → 2027']);
  assert.deepEqual(dateFindings(en, 'Residents want the cost of the works published before the council meets on 28 January 2027.'), []);
});

test('trap: a plural noun after "after" is no present verb (after heavy rains on Sunday is the last Sunday)', () => {
  const events = (drawFactBase(EN_ARTICLE, { lang: 'en' }).factBase as unknown as { events: { date?: { day?: number; relative?: string } }[] }).events;
  const sunday = events.find((event) => event.date?.relative === 'Sunday');
  assert.equal(sunday?.date?.day, 6);
});

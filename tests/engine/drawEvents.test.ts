/**
 * Drawing dated events from invented articles: weekdays to come, several events in one sentence,
 * date ranges. Each case has near misses that must not be drawn (or must be drawn unsure).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

import { drawnChecker } from './helpers';

type Fact = Record<string, unknown> & { id: string; date?: Record<string, unknown>; review?: { unsure: boolean } };
/** The drawn events of an article whose first line is a headline, published on Tuesday 4 March 2025. */
const events = (text: string) => (drawFactBase(`Headline of the story\n${text}`, { published: '2025-03-04' }).factBase as unknown as Record<string, Fact[]>).events!;
const day = (event: Fact | undefined) => (event?.date ? `${String(event.date.year)}-${String(event.date.month)}-${String(event.date.day)}` : undefined);

test('a weekday after one of the engine\'s future markers (expected, المقرر, a verb with سـ) is the next such day, and unsure', () => {
  for (const text of ['The two leaders are expected to meet on Friday in Geneva.', 'ومن المقرر أن يلتقي الوزيران الجمعة في الرياض.', 'وسيلتقي الوزيران الجمعة في الرياض.', 'The talks will resume on Friday.']) {
    const [event] = events(text);
    assert.equal(day(event), '2025-3-7', text);
    assert.ok(event!.review?.unsure, text);
  }
});

test('near misses: a weekday in the past tense is the last such day and sure; a future word in another clause does not count', () => {
  for (const text of ['The two leaders met on Friday in Geneva.', 'والتقى الوزيران الجمعة في الرياض.', 'The ministers, who will meet again next month, signed the deal on Friday.']) {
    // The meeting next month is an event of its own, dated by the month (relativePeriods.ts).
    const event = events(text).find((e) => e.date?.weekday);
    assert.equal(day(event), '2025-2-28', text);
    assert.equal(event!.review, undefined, text);
  }
});

/** The drawn event of a year or a month, by its date. */
const dated = (all: Fact[], year: number, month?: number) => all.find((event) => event.date?.year === year && (month === undefined || event.date.month === month));
const triggers = (event: Fact | undefined) => Object.values((event?.triggers ?? {}) as Record<string, string[]>).flat();

test('two dated verbs in one sentence are two events, each with its own triggers, place and name', () => {
  const arabic = events('ووقّع الوزير الاتفاق في الرياض الثلاثاء، على أن يبدأ التنفيذ في يناير 2026.');
  const signing = arabic.find((event) => event.date?.weekday === 'tue');
  const start = dated(arabic, 2026, 1);
  assert.equal(signing?.place, 'riyadh');
  assert.ok(triggers(signing).includes('وقع'), JSON.stringify(signing));
  assert.equal(start?.place, undefined, JSON.stringify(start));
  assert.ok(triggers(start).includes('يبدأ') && !triggers(start).includes('وقع'), JSON.stringify(start));
  assert.match(String((start!.names as { ar: string[] }).ar[0]), /^يبدأ التنفيذ/);

  const english = events('The company was founded in 1998 and listed in London in 2004.');
  assert.deepEqual(triggers(dated(english, 1998)), ['founded', 'تأسس', 'تأسست', 'أسس', 'أسست', 'تأسيس']);
  assert.equal(dated(english, 1998)!.place, undefined, 'London is where it listed, not where it was founded');
  assert.deepEqual(triggers(dated(english, 2004)), ['listed']);
  assert.equal(dated(english, 2004)!.place, 'london');

  // A verb joined by و right after the date opens the next event (وأدرجت), as does ل with a verb (لتعود).
  const joined = events('وأسست الشركة عام 1998 وأدرجت في بورصة لندن عام 2004 لتعود إلى الرياض عام 2010.');
  assert.ok(!triggers(dated(joined, 1998)).includes('أدرجت'), JSON.stringify(dated(joined, 1998)));
  assert.ok(triggers(dated(joined, 2004)).includes('أدرجت') && !triggers(dated(joined, 2004)).includes('أسست'));
  assert.ok(triggers(dated(joined, 2010)).includes('تعود') && !triggers(dated(joined, 2010)).includes('أدرجت'));
});

test('near misses: the two ends of a range are one event with date.end, and two dates with no break between them share their sentence', () => {
  const ranges: [string, Record<string, number>][] = [
    ['Rwanda rejected every claim between 2020 and 2022, the report said.', { year: 2022 }],
    ['واستمرت الحرب من عام 1980 وحتى عام 1988.', { year: 1988 }],
    ['ورفضت رواندا الطلبات بين عام 2020 وعام 2022.', { year: 2022 }],
    ['ورفضت رواندا الطلبات بين يناير 2020 ومارس 2022.', { year: 2022, month: 3 }],
  ];
  for (const [text, end] of ranges) {
    const all = events(text);
    assert.equal(all.length, 1, text);
    assert.deepEqual(all[0]!.date!.end, end, text);
    assert.ok(triggers(all[0]).length > 0, text);
  }
  // Near miss: two years given one after the other with no range word are two events.
  assert.equal(events('The party won in 2015 and 2019, the report said.').length, 2);
  const shared = events('The ministers met in Geneva in May 2019 in talks that ended in June 2019.');
  assert.ok(triggers(dated(shared, 2019, 5)).includes('met'), JSON.stringify(shared));
});

test('a range of days in one month is one event with date.end; a weekday before a day\'s number belongs to that date', () => {
  const cases: [string, string, number, number][] = [
    ['وتجري دورة المراقبة من الاثنين 10 إلى الجمعة 14 مارس/آذار 2025.', 'ar from … to', 10, 14],
    ['ولوّحت النقابة بإضراب يومي 16 و17 سبتمبر/أيلول المقبل.', 'ar يومي … و…', 16, 17],
    ['The union threatened a strike on September 16-18 if talks fail.', 'en dash after the month', 16, 18],
    ['The fair runs from 3 to 5 March in Leeds.', 'en from … to', 3, 5],
    ['The fair was held 3-5 March 2026.', 'en dash before the month', 3, 5],
    ['The fair runs between 3 and 5 March.', 'en between … and', 3, 5],
  ];
  for (const [text, what, start, end] of cases) {
    const all = events(text);
    assert.equal(all.length, 1, `${what}: ${JSON.stringify(all)}`);
    assert.equal(all[0]!.date!.day, start, what);
    assert.equal((all[0]!.date!.end as { day: number }).day, end, what);
  }
  // Near misses: "and" with no "between" is no range; a weekday before a number is not a day counted from the article's.
  const two = events('Teams of 3 and 5 March on Sunday.');
  assert.ok(two.every((event) => event.date?.end === undefined), JSON.stringify(two));
  const weekdays = events('وتجري دورة المراقبة من الاثنين 10 إلى الجمعة 14 مارس/آذار 2025.');
  assert.ok(!weekdays.some((event) => event.date?.relative), JSON.stringify(weekdays));
});

test('a month the article calls last or next takes its year from the article\'s date, and is sure', () => {
  // Published on 4 March 2025: last April is April 2024, next September is September 2025, last January is January 2025.
  const cases: [string, number][] = [['ونفذت النقابة إضراباً يوم الثلاثاء 15 أبريل/نيسان الماضي.', 2024], ['وتنتهي الأشغال في سبتمبر/أيلول المقبل.', 2025], ['The strike ended last January, the union said.', 2025]];
  for (const [text, year] of cases) {
    const [event] = events(text);
    assert.equal(event?.date?.year, year, text);
    assert.ok(event.date.relative, text);
    assert.equal(event.review, undefined, text);
  }
  // Near miss: a month with no year and no relative word stays unsure.
  const [bare] = events('The works end in September, the council said.');
  assert.ok(bare?.review?.unsure, JSON.stringify(bare));
});

test('the check reads a drawn range: a draft date at either end or inside it agrees, one outside it is flagged', () => {
  const article = 'Leeds plan report\nFinance Minister Tom Baker approved the plan in Leeds 3-5 March 2026.';
  const checker = drawnChecker(article, { published: '2026-03-10', id: 'plan' });
  // A headline first, and words after the date: a date that ends a draft's first line is its dateline.
  const rules = (date: string) => checker.check(`Plan\nBaker approved the plan in Leeds on ${date}, officials said.`, { format: 'plaintext' }).findings.map((finding) => finding.ruleId);
  for (const day of [3, 4, 5]) assert.deepEqual(rules(`${day} March 2026`), [], `day ${day}`);
  assert.deepEqual(rules('9 March 2026'), ['event-date']);
  assert.deepEqual(rules('4 March 2025'), ['event-date']);
});

/**
 * Drawing dated events from invented articles: weekdays to come, several events in one sentence,
 * date ranges. Each case has near misses that must not be drawn (or must be drawn unsure).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

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
    const [event] = events(text);
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
  assert.deepEqual(triggers(dated(english, 1998)), ['founded']);
  assert.equal(dated(english, 1998)!.place, undefined, 'London is where it listed, not where it was founded');
  assert.deepEqual(triggers(dated(english, 2004)), ['listed']);
  assert.equal(dated(english, 2004)!.place, 'london');

  // A verb joined by و right after the date opens the next event (وأدرجت), as does ل with a verb (لتعود).
  const joined = events('وأسست الشركة عام 1998 وأدرجت في بورصة لندن عام 2004 لتعود إلى الرياض عام 2010.');
  assert.ok(!triggers(dated(joined, 1998)).includes('أدرجت'), JSON.stringify(dated(joined, 1998)));
  assert.ok(triggers(dated(joined, 2004)).includes('أدرجت') && !triggers(dated(joined, 2004)).includes('أسست'));
  assert.ok(triggers(dated(joined, 2010)).includes('تعود') && !triggers(dated(joined, 2010)).includes('أدرجت'));
});

test('near misses: the two ends of a range, and two dates with no break between them, share their sentence', () => {
  for (const text of ['Rwanda rejected every claim between 2020 and 2022, the report said.', 'واستمرت الحرب من عام 1980 وحتى عام 1988.', 'ورفضت رواندا الطلبات بين عام 2020 وعام 2022.', 'ورفضت رواندا الطلبات بين يناير 2020 ومارس 2022.']) {
    const all = events(text);
    assert.equal(all.length, 2, text);
    assert.deepEqual(triggers(all[0]), triggers(all[1]), text);
    assert.ok(triggers(all[0]).length > 0, text);
  }
  const shared = events('The ministers met in Geneva in May 2019 in talks that ended in June 2019.');
  assert.ok(triggers(dated(shared, 2019, 5)).includes('met'), JSON.stringify(shared));
});

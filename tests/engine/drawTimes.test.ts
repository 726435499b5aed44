/**
 * Drawing the times of events from invented articles: ranges of weekdays as one event, clock
 * times given to the event their sentence dates, a time in a sentence with no date, and quotes
 * attributed after them to a pronoun. Each case has near misses that must not be drawn.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown> & { id: string; date?: Record<string, unknown> & { end?: Record<string, number> }; review?: { unsure: boolean } };
/** The drawn fact base of an article whose first line is a headline, published on Tuesday 4 March 2025. */
const drawn = (text: string) => drawFactBase(`Headline of the story\n${text}`, { published: '2025-03-04' }).factBase as unknown as Record<string, Fact[]>;
const ymd = (date: Record<string, unknown> | undefined) => (date ? `${String(date.year)}-${String(date.month)}-${String(date.day)}` : undefined);
const span = (event: Fact | undefined) => `${ymd(event?.date)}..${ymd(event?.date?.end)}`;

test('a range of weekdays to come is one event from its first day to its last; the first may be the article\'s own day', () => {
  const cases: [string, string][] = [
    ['Schools in the district will stay closed from Tuesday to Thursday.', '2025-3-4..2025-3-6'],
    ['The bureau expects major flooding at the river mouth, in the south, from Wednesday to Friday.', '2025-3-5..2025-3-7'],
    ['وستبقى المدارس مغلقة من الأربعاء إلى الجمعة.', '2025-3-5..2025-3-7'],
    ['ومن المقرر أن يعقد المؤتمر بين الخميس والسبت.', '2025-3-6..2025-3-8'],
  ];
  for (const [text, expected] of cases) {
    const events = drawn(text).events!.filter((event) => event.date?.day !== undefined);
    assert.equal(events.length, 1, `${text}: ${JSON.stringify(events)}`);
    assert.equal(span(events[0]), expected, text);
    assert.ok(events[0]!.review?.unsure, text);
  }
});

test('a past range of weekdays ends on or before the article\'s date', () => {
  const [event] = drawn('The festival ran from Friday to Sunday in the old town.').events!;
  assert.equal(span(event), '2025-2-28..2025-3-2');
  const [arabic] = drawn('وأقيم المهرجان من السبت إلى الاثنين.').events!;
  assert.equal(span(arabic), '2025-3-1..2025-3-3');
});

test('near misses: two weekdays without a range between them, and weekdays before day numbers, are not a range of weekdays', () => {
  // "and" joins a range only after "between"; two separate days stay two events.
  const two = drawn('The minister met the unions on Monday and the employers on Friday.').events!;
  assert.ok(two.every((event) => !event.date?.end), JSON.stringify(two));
  // A weekday before a day's number is that date's: the range is the dates' (dayRange), 20 to 24 March.
  const dated = drawn('The exams run from Monday 17 to Friday 21 March.').events!;
  assert.equal(dated.length, 1, JSON.stringify(dated));
  assert.equal(span(dated[0]), '2025-3-17..2025-3-21');
});

test('a clock time that says its half of the day is the time of the event its sentence dates', () => {
  const [landfall] = drawn('The cyclone made landfall at about 11pm on Monday near the town.').events!;
  assert.equal(landfall?.date?.time, '23:00');
  assert.equal(ymd(landfall?.date), '2025-3-3');
  const [quake] = drawn('ووقع الزلزال في الساعة الرابعة فجر أمس.').events!;
  assert.equal(quake?.date?.time, '04:00', JSON.stringify(quake));
  // The nearest time of two is the date's.
  const [event] = drawn('The polls closed on Sunday at 8pm, two hours after the 6pm rally.').events!;
  assert.equal(event?.date?.time, '20:00');
});

test('near misses: a time that does not say its half of the day, a time in another zone and a time inside a quote are not drawn', () => {
  for (const text of ['The talks resumed at four on Monday.', 'The vote closed at 10pm GMT on Monday.', '"We will meet at 9pm," the minister said on Monday.']) {
    const events = drawn(text).events!;
    assert.ok(events.every((event) => event.date?.time === undefined), `${text}: ${JSON.stringify(events)}`);
  }
});

test('a sentence with a time and no date is an event of the month the sentence before dates, with no day, and unsure', () => {
  const events = drawn('The storm crossed the coast on Monday night. A gust of 200 km/h was recorded on the island at 10.40pm.').events!;
  const gust = events.find((event) => event.date?.time === '22:40');
  assert.ok(gust, JSON.stringify(events));
  assert.equal(gust.date!.day, undefined);
  assert.equal(gust.date!.month, 3);
  assert.ok(gust.review?.unsure);
  // Near miss: with no dated sentence right before it, a time alone is not drawn.
  const alone = drawn('A gust of 200 km/h was recorded on the island at 10.40pm. Nothing else happened.').events!;
  assert.ok(alone.every((event) => event.date?.time === undefined), JSON.stringify(alone));
});

test('a quote attributed after it to a pronoun ("…," he said) is the speaker named in the sentence before, the subject of its speech verb', () => {
  const base = drawn('The Commissioner of the Fire Service, Stephen Mallory, said crews had carried out 143 rescues. "Most of them were from cars in floodwater," he said.');
  const quote = base.quotes!.find((q) => String(q.text).startsWith('Most of them'));
  const mallory = base.people!.find((person) => JSON.stringify(person.names).includes('Mallory'));
  assert.ok(quote && mallory, JSON.stringify(base.quotes));
  assert.equal(quote.speaker, mallory.id);
  // Near miss: with no one named before, the quote gets no speaker and is not drawn.
  const none = drawn('Crews carried out 143 rescues overnight. "Most of them were from cars in floodwater," he said.');
  assert.equal(none.quotes!.length, 0, JSON.stringify(none.quotes));
});

test('a drawn event is named by a noun of the table among its triggers, else by its clause up to the date, never by the dateline or trailing function words', () => {
  const name = (event: Fact | undefined) => Object.values((event?.names ?? {}) as Record<string, string[]>)[0]?.[0];
  const [landfall] = drawn('The cyclone made landfall at about 11pm on Monday near the town.').events!;
  assert.equal(name(landfall), 'the cyclone');
  const [missing] = drawn('A fisherman, Liam Carr, has been missing off the town since Monday afternoon.').events!;
  assert.equal(name(missing), 'A fisherman, Liam Carr, has been missing off');
  const dateline = drawFactBase('Storm hits\nBRISBANE, Tuesday 4 March 2025 - The river burst its banks late on Monday.\n').factBase as unknown as Record<string, Fact[]>;
  assert.equal(name(dateline.events![0]), 'The river burst its banks');
  // Near miss: a past verb of the table is not a noun ("the ruled"); the clause names the event instead.
  const [ruled] = drawn('The court ruled on Monday that the plan was unlawful.').events!;
  assert.equal(name(ruled), 'The court ruled');
  const [arabic] = drawn('وأعلنت الوزارة النتائج يوم الاثنين في العاصمة.').events!;
  assert.equal(name(arabic), 'وأعلنت الوزارة النتائج');
});

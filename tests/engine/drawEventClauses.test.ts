/**
 * Drawing events from the clause that holds their date, on invented articles: a date set off by
 * commas between a verb's subject and its object, a date after على أن, a weekday in the first
 * sentence after a dateline, the years and months of records that are no events, and the title of
 * an article that opens with its dateline. Each case has a near miss.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

type Fact = Record<string, unknown> & { id: string; date?: Record<string, unknown>; place?: string; names?: Record<string, string[]> };
const drawn = (text: string, published?: string) => drawFactBase(text, published ? { published } : {}).factBase as unknown as Record<string, Fact[]> & { title?: string };
const events = (text: string) => drawn(`Headline of the story\n${text}`, '2025-03-04').events ?? [];
const triggers = (event: Fact | undefined) => Object.values((event?.triggers ?? {}) as Record<string, string[]>).flat();

test('a date set off by commas after the subject: the verb and the object after it are the triggers, not the subject\'s words', () => {
  const [event] = events('أعلن اتحاد سائقي الحافلات في الإسكندرية، الأحد، إضراباً شاملاً عن العمل احتجاجاً على الأجور.');
  assert.ok(triggers(event).includes('إضراب') && triggers(event).includes('الإضراب'), JSON.stringify(event));
  assert.ok(triggers(event).includes('strike'), 'the table gives the noun its English forms');
  assert.ok(!triggers(event).some((word) => /الحافلات|سائقي/.test(word)), JSON.stringify(event));
  assert.equal(event!.names!.ar![0], 'الإضراب');
  // Near miss: a clause of speech after the date (إن …) is no object; the subject's words stay.
  const [said] = events('قال اتحاد سائقي الحافلات، الأحد، إن العمل سيستمر.');
  assert.ok(!triggers(said).includes('إن'), JSON.stringify(said));
});

test('a date after على أن is the date of the clause it opens, with that clause\'s place and name', () => {
  const all = events('وقال الوزير إن الحكومة شكّلت لجنة للتفاوض مع الشركة، على أن تعقد اجتماعها الأول في الرباط يوم الخميس المقبل.');
  const meeting = all.find((event) => event.date?.weekday === 'thu');
  assert.equal(meeting?.place, 'rabat', JSON.stringify(all));
  assert.match(meeting.names!.ar![0]!, /^تعقد اجتماعها/);
  assert.ok(triggers(meeting).includes('اجتماع') && triggers(meeting).includes('meeting'), JSON.stringify(meeting));
  // Near miss: with no على أن, the date is the statement's, named by its sentence.
  const [statement] = events('وقال الوزير في الرباط يوم الخميس إن الحكومة شكّلت لجنة.');
  assert.match(statement!.names!.ar![0]!, /^وقال الوزير/);
  assert.equal(statement?.place, 'rabat');
});

const ENGLISH = [
  'HALIFAX, Nova Scotia, March 4, 2025 (Reuters) - A flood that began near the village of Elmsdale on Sunday has cut off about 2,700 homes, officials said on Tuesday.',
  '',
  'It is the worst flood in the province in March since records began in 1911, the weather office said. The village was largely destroyed by a fire in June 2019.',
  '',
].join('\n');

test('a weekday in the first sentence after the dateline is drawn, named without the agency', () => {
  const all = drawn(ENGLISH).events ?? [];
  const began = all.find((event) => event.date?.weekday === 'sun');
  assert.equal(`${String(began?.date?.month)}-${String(began?.date?.day)}`, '3-2', JSON.stringify(all));
  assert.ok(triggers(began).includes('began'), JSON.stringify(began));
  assert.doesNotMatch(began!.names!.en![0]!, /Reuters|\)/);
  assert.ok(all.some((event) => event.date?.weekday === 'tue'), 'officials said on Tuesday');
});

test('the year records began in, and the bare month of a record, are no events; a month with its year is', () => {
  const all = drawn(ENGLISH).events ?? [];
  assert.ok(!all.some((event) => event.date?.year === 1911), JSON.stringify(all));
  assert.ok(!all.some((event) => event.date?.month === 3 && event.date.day === undefined), JSON.stringify(all));
  const fire = all.find((event) => event.date?.year === 2019);
  assert.equal(fire?.date?.month, 6);
  assert.ok(triggers(fire).includes('fire'), JSON.stringify(fire));
  // Near misses: a year something began in is an event; a bare month with no record is one too.
  const near = events('The station began recording rainfall in 1911. The dam burst in December, officials said.');
  assert.ok(near.some((event) => event.date?.year === 1911), JSON.stringify(near));
  assert.ok(near.some((event) => event.date?.month === 12), JSON.stringify(near));
  const arabic = events('وهي أسوأ فيضانات في مارس منذ بدء التسجيلات عام 1911.');
  assert.deepEqual(arabic, []);
});

test('a month and year of the article are checked: a draft\'s other year gets a finding, the same one none', () => {
  const parsed = parseFactBase(JSON.stringify(drawn(ENGLISH)), 'flood.factbase.json', ENGLISH);
  assert.deepEqual(parsed.problems, []);
  const checker = createChecker([parsed.factBase!], { scope: 'all' });
  const wrong = checker.check('The village was largely destroyed by a fire in June 2018.').findings;
  assert.deepEqual(wrong.map((finding) => finding.ruleId), ['event-date']);
  assert.deepEqual(checker.check('The village was largely destroyed by a fire in June 2019.').findings, []);
});

test('the title of an article that opens with its dateline is its first sentence, cut; a headline line is the title', () => {
  assert.equal(drawn(ENGLISH).title, 'A flood that began near the village of Elmsdale on Sunday has cut off about…');
  const arabic = drawn('الرباط - 4 مارس 2025 (وكالات)\n\nأعلن اتحاد سائقي الحافلات، الأحد، إضراباً شاملاً.\n');
  assert.equal(arabic.title, 'أعلن اتحاد سائقي الحافلات، الأحد، إضراباً شاملاً.');
  assert.equal(drawn(`Floods cut off Elmsdale\n${ENGLISH}`).title, 'Floods cut off Elmsdale');
  assert.equal(drawn(`# Floods cut off Elmsdale\n\n${ENGLISH}`).title, 'Floods cut off Elmsdale');
});

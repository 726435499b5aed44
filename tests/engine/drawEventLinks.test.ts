/**
 * Drawing an event's triggers, participants and place from its sentence: invented sentences in
 * both languages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown> & { id: string };
const events = (text: string) => (drawFactBase(text, { published: '2025-03-04' }).factBase as unknown as Record<string, Fact[]>).events!;

test('Arabic: the opening verb of the sentence is the trigger, with its English forms from the table of news verbs', () => {
  const [event] = events('وغزت قوات الحلفاء الجزيرة في عام 1990 بعد أشهر من التوتر.');
  const triggers = event!.triggers as { ar: string[]; en?: string[] };
  assert.ok(triggers.ar.includes('غزت'), JSON.stringify(triggers));
  assert.ok(triggers.en?.includes('invaded'), JSON.stringify(triggers));
});

test('Arabic: the conjunction و comes off a verb whose own first letter is و (ووافقت → وافقت, approved)', () => {
  const [event] = events('ووافقت الحكومة على الخطة في آذار/مارس 2021 بعد نقاش طويل.');
  const triggers = event!.triggers as { ar: string[]; en?: string[] };
  assert.ok(triggers.ar.includes('وافقت'), JSON.stringify(triggers));
  assert.ok(triggers.en?.includes('approved'));
});

test('English: the nearest verb in the past tense before the date is the trigger; nouns and names are not', () => {
  const [event] = events('The Harbour Trust was founded in 1998 by three fishermen.');
  // With the Arabic forms of the table of news verbs, for an Arabic draft of the article.
  assert.deepEqual(event!.triggers, { en: ['founded'], ar: ['تأسس', 'تأسست', 'أسس', 'أسست', 'تأسيس'] });
  const [other] = events('Ms Wells spoke about the harbour policy in June 2019.');
  assert.deepEqual(other!.triggers, { en: ['spoke'] });
});

test('a place after a locative in the event\'s clause is its place; month and part-of-day words are never triggers', () => {
  const [event] = events('وعقد المؤتمر في بغداد صباح 3 آذار/مارس 2024.');
  assert.equal(event!.place, 'baghdad');
  const triggers = (event!.triggers as { ar: string[] }).ar;
  assert.ok(!triggers.some((word) => /صباح|آذار|مارس/.test(word)), triggers.join(', '));
});

test('an undated event at a place takes the words before the locative as triggers; people before a place are not an event', () => {
  const all = events('يجري وفد تجاري برئاسة الوزير خالد النجار، محادثات جديدة في بغداد.\nوقال مسؤولون في بغداد إن الوضع هادئ.');
  const atPlace = all.filter((event) => event.place === 'baghdad');
  assert.equal(atPlace.length, 1, JSON.stringify(all));
  assert.ok((atPlace[0]!.triggers as { ar: string[] }).ar.includes('محادثات'));
  assert.ok((atPlace[0]!.review as { unsure?: boolean }).unsure);
});

test('a noun of the table of news verbs before the date names the event too, with its English forms (الضربة → strike)', () => {
  const [event] = events('وتوترت العلاقات منذ الضربة الجوية التي نفذت قرب الميناء في أواخر تشرين الأول/أكتوبر 2017.');
  const triggers = event!.triggers as { ar: string[]; en?: string[] };
  assert.ok(triggers.ar.includes('ضربة'), JSON.stringify(triggers));
  assert.ok(triggers.en?.includes('strike'), JSON.stringify(triggers));
  const [english] = events('Relations have been poor since the invasion of the island, which ended in May 1983.');
  assert.ok((english!.triggers as { en: string[] }).en.includes('invasion'), JSON.stringify(english!.triggers));
});

test('Arabic: a table noun with two relative adjectives after it is a trigger phrase in both states, and names the event', () => {
  const [event] = events('وتوترت العلاقات منذ غارة جوية إسرائيلية قرب الميناء في أواخر تشرين الأول/أكتوبر 2017.');
  const triggers = event!.triggers as { ar: string[] };
  assert.ok(triggers.ar.includes('غارة جوية إسرائيلية') && triggers.ar.includes('الغارة الجوية الإسرائيلية'), JSON.stringify(triggers));
  assert.deepEqual(event!.names, { ar: ['الغارة الجوية الإسرائيلية'] });
  // Near miss: a noun followed by a name is no phrase.
  const [other] = events('وتوترت العلاقات منذ غارة على الميناء في أواخر تشرين الأول/أكتوبر 2017.');
  assert.ok(!(other!.triggers as { ar: string[] }).ar.some((word) => word.includes(' ')), JSON.stringify(other!.triggers));
});

test('Arabic: the word right after the date and the person named before it in the sentence tie the event', () => {
  const kb = drawFactBase('وكان الأمير سالم الحداد، مؤسس المدينة، قد بنى القلعة عام 1911 حصناً للساحل.\n', { published: '2025-03-04' }).factBase as unknown as Record<string, Fact[]>;
  const [event] = kb.events!;
  assert.ok((event!.triggers as { ar: string[] }).ar.includes('حصنا'), JSON.stringify(event!.triggers));
  assert.deepEqual(event!.participants, [kb.people![0]!.id]);
});

test('English: a noun of the table (letter) is a trigger, and the subject named before the date is a participant', () => {
  const kb = drawFactBase('Mary Fenton, the union leader, said in a letter to John Hale on 4 March 2025 that talks had failed.\n', { published: '2025-03-06' }).factBase as unknown as Record<string, Fact[]>;
  const event = kb.events!.find((e) => (e.triggers as { en?: string[] } | undefined)?.en?.includes('letter'));
  assert.ok(event, JSON.stringify(kb.events));
  const fenton = kb.people!.find((p) => (p.names as { en: string[] }).en[0] === 'Mary Fenton');
  assert.ok((event.participants as string[]).includes(fenton!.id), JSON.stringify(event));
});

test('Arabic: a place right after an event noun is the event\'s place; after a verb it is the object', () => {
  const [blast] = events('ولا يزال انفجار بيروت الذي وقع في 4 آب/أغسطس 2020 حاضراً في الذاكرة.');
  assert.equal(blast!.place, 'beirut', JSON.stringify(blast));
  const [storm] = events('وقالت الأرصاد إن إعصاراً ضرب دمشق ليلاً في 4 آب/أغسطس 2020 وألحق أضراراً.');
  assert.equal(storm!.place, undefined, JSON.stringify(storm));
});

test('Arabic: a place name that starts with ب is not read as a fused "in" (بيروت), a fused one is (بواشنطن)', () => {
  const [storm] = events('وقالت الأرصاد إن إعصاراً ضرب بيروت ليلاً في 4 آب/أغسطس 2020 وألحق أضراراً.');
  assert.equal(storm!.place, undefined, JSON.stringify(storm));
  const [meeting] = events('وعقد الوزيران اجتماعا بواشنطن في 4 آب/أغسطس 2020.');
  assert.equal(meeting!.place, 'washington', JSON.stringify(meeting));
});

test('an English event\'s Arabic triggers come from the entry its word leads (strike: إضراب, not ضربة), and a far main verb dates only a day after "on"', () => {
  const [strike] = events('Strike\n\nLONDON, Tuesday 4 March 2025 - Dock workers began a strike at the port of Felixstowe on Monday, the union said.');
  const arabic = (strike!.triggers as { ar?: string[] }).ar ?? [];
  assert.ok(arabic.includes('إضراب') && !arabic.includes('ضربة'), JSON.stringify(strike!.triggers));
  const [day] = events('Fleet\n\nOSLO, Tuesday 4 March 2025 - The ministry cut the number of licences for small trawlers in the northern fleet to 12 on Friday.');
  assert.deepEqual((day!.triggers as { en: string[] }).en, ['cut']);
  const [month] = events('Fishermen protested outside parliament against the quota plan for the northern fleet of trawlers in March 2026.');
  assert.ok(!JSON.stringify(month!.triggers ?? {}).includes('protested'), JSON.stringify(month));
});

/**
 * Place probes of helper places23, written before its changes: English drafts of an Arabic article,
 * which share few words with it, and a wire dateline with its agency in brackets. The invented
 * article (tests/engine/fixtures/drawProbes/storm-derna.ar.txt) tells of a storm that struck Derna
 * in eastern Libya, a Libyan minister's arrival in Ajdabiya, a Red Crescent spokeswoman in Tripoli
 * and a Tunisian relief ship that sailed from the port of Sousse, under the dateline «بنغازي
 * (رويترز) -». A draft in either language that moves the storm, the arrival or the departure to
 * another town must be flagged (`event-place`); one that keeps the article's town, names the
 * region or the country, or names the spokeswoman's city must not. The English drafts name the
 * countries by their adjectives (the Libyan city of, the Tunisian navy), as the article does
 * (الليبية, التونسية): the one word besides the figures that the two languages share as a name.
 * Arabic drafts of an English article guard the other direction, and towns in a list after one
 * locative, which the writers of the new dev stories changed, are read as one list (`rules/places/lists.ts`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probe, probeFindings, type Probe } from './drawProbeChecks';

const DERNA = 'storm-derna.ar.txt';

const PROBES: Probe[] = [
  // The storm, in English: another Libyan town is flagged; the article's town, region and country are not.
  { sentence: 'Storm Layla struck the Libyan city of Misrata on Tuesday, killing at least 23 people.', rule: 'event-place' },
  { sentence: 'Storm Layla hit the Libyan city of Zliten on Tuesday, killing at least 23 people.', rule: 'event-place' },
  { sentence: 'Storm Layla struck the Libyan city of Derna on Tuesday, killing at least 23 people.' },
  { sentence: 'Storm Layla struck eastern Libya on Tuesday, killing at least 23 people.' },
  { sentence: 'Storm Layla struck Libya on Tuesday, killing at least 23 people.' },
  // The article's own containment, an area named by a direction that holds the town, is no wrong unit.
  { sentence: 'The storm struck Derna in eastern Libya on Tuesday.' },
  { sentence: 'Derna, in eastern Libya, was hit hardest.' },
  // The storm, in Arabic: the dateline's Benghazi is not the storm's slot.
  { sentence: 'ضربت العاصفة «ليلى» مدينة مصراتة في شرق ليبيا الثلاثاء، ما أسفر عن مقتل 23 شخصاً.', rule: 'event-place' },
  { sentence: 'ضربت العاصفة «ليلى» مدينة درنة في شرق ليبيا الثلاثاء، ما أسفر عن مقتل 23 شخصاً.' },
  { sentence: 'ضربت العاصفة «ليلى» شرق ليبيا الثلاثاء، ما أسفر عن مقتل 23 شخصاً.' },
  // The departure, in English: another Tunisian port is flagged; the article's is not.
  { sentence: 'A relief ship of the Tunisian navy sailed from the port of Gabes on Wednesday for the stricken areas.', rule: 'event-place' },
  { sentence: 'A relief ship of the Tunisian navy sailed from the port of Sousse on Wednesday for the stricken areas.' },
  // The minister's arrival, in English.
  { sentence: 'Libyan Health Minister Salem al-Warfalli arrived in Tobruk on Wednesday to inspect hospitals.', rule: 'event-place' },
  { sentence: 'Libyan Health Minister Salem al-Warfalli arrived in Ajdabiya on Wednesday to inspect hospitals.' },
  // The spokeswoman's city is hers, not the storm's.
  { sentence: 'Mona al-Zawi, a spokeswoman for the Libyan Red Crescent in Tripoli, said 4,000 people had fled their homes.' },
  { sentence: 'وقالت المتحدثة باسم الهلال الأحمر الليبي في طرابلس منى الزوي إن أربعة آلاف شخص نزحوا.' },
];

/**
 * Arabic drafts of an English article (the floods in Italy's Emilia-Romagna of
 * `floods-modena.en.txt`), which guard the other direction of the same reading.
 */
const MODENA = 'floods-modena.en.txt';
const ARABIC_OF_ENGLISH: Probe[] = [
  { sentence: 'أودت الفيضانات بحياة سبعة أشخاص على الأقل في منطقة لومبارديا الإيطالية الاثنين.', rule: 'event-place' },
  { sentence: 'أودت الفيضانات بحياة سبعة أشخاص على الأقل في توسكانا الاثنين.', rule: 'event-place' },
  { sentence: 'أودت الفيضانات بحياة سبعة أشخاص على الأقل في منطقة إميليا رومانيا الإيطالية الاثنين.' },
  { sentence: 'ووصل وزير الداخلية الإيطالي باولو فيريتي إلى فلورنسا الثلاثاء للقاء فرق الإنقاذ.', rule: 'event-place' },
  { sentence: 'ووصل وزير الداخلية الإيطالي باولو فيريتي إلى بولونيا الثلاثاء للقاء فرق الإنقاذ.' },
];

/**
 * Towns in a list after one locative ("in Pisa and Livorno", «في بيزا وليفورنو»), a list the
 * writers of the new dev stories changed one town of: a town of the region the event is drawn in
 * agrees with it, whatever town of the list the article names, and a right town after a wrong one
 * may be taken for the slot of the article's first town.
 */
const LISTS: Probe[] = [
  { sentence: 'In neighbouring Tuscany, schools stayed closed in Pisa and Siena on Tuesday as a precaution.', rule: 'event-place' },
  { sentence: 'وفي توسكانا المجاورة، أغلقت المدارس في بيزا وسيينا الثلاثاء احترازاً.', rule: 'event-place' },
  { sentence: 'In neighbouring Tuscany, schools stayed closed in Siena and Livorno on Tuesday as a precaution.', rule: 'event-place' },
  { sentence: 'In neighbouring Tuscany, schools stayed closed in Livorno and Pisa on Tuesday as a precaution.' },
  { sentence: 'وفي توسكانا المجاورة، أغلقت المدارس في ليفورنو وبيزا الثلاثاء احترازاً.' },
];

for (const item of PROBES) probe(DERNA, item);
for (const item of ARABIC_OF_ENGLISH) probe(MODENA, item);
for (const item of LISTS) probe(MODENA, item);

test('a right town after a wrong one in a list is not flagged with it («في سيينا وليفورنو»)', () => {
  const sentence = 'وفي توسكانا المجاورة، أغلقت المدارس في سيينا وليفورنو الثلاثاء احترازاً.';
  assert.deepEqual(probeFindings(MODENA, sentence), ['event-place: سيينا']);
});

/**
 * Probes of a destination a draft gets wrong, written by helper places (session 35) before its
 * changes, on an invented article (`sleeper-inverness35.en.txt`: a night train bound for
 * Inverness, a second one bound for Mallaig).
 *
 * "bound for X", "headed for X": "for" after a verb of leaving is a locative of direction, so the
 * destination's slot hangs on the verb as "to" would, and another town in the slot of the article's
 * destination is flagged with the article's, whether the gazetteer lists it (Perth) or not, a
 * capitalised name after the construction (Fort William, Tobermory); drawing reads a name no
 * gazetteer lists after "bound for" as a place (Mallaig). Arabic marks a destination
 * with «إلى» or «نحو», which are locatives already, so the mechanism has no Arabic side.
 *
 * Traps: the right destination; the country or a region that holds it; the place the train left
 * from; a destination of another journey in the same sentence (the minister's); a weekday after
 * "for"; a verb of leaving before a lower-case word.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeChecker } from './drawProbeChecks';
import { bilingualChecker, citer, findingLines, loadTestFactBase } from './helpers';
import { createChecker } from '../../engine/src/index';

const SLEEPER = 'sleeper-inverness35.en.txt';

/** A sentence and the `actual → expected` of each `event-place` finding it must get (none when clean). */
const DESTINATIONS: { sentence: string; found: string[] }[] = [
  { sentence: 'The first train, bound for Perth, left Stirling at 11.40pm with 186 passengers.', found: ['Perth → Inverness'] },
  { sentence: 'The first train, bound for Fort William, left Stirling at 11.40pm with 186 passengers.', found: ['Fort William → Inverness'] },
  { sentence: 'A night train headed for Tobermory left Stirling at 11.40pm on Friday.', found: ['Tobermory → Inverness'] },
  // The second train's destination, which no gazetteer lists and drawing reads after "bound for".
  { sentence: 'A second train, bound for Oban, will follow on Monday.', found: ['Oban → Mallaig'] },
  { sentence: 'A second train, bound for Inverness, will follow on Monday.', found: ['Inverness → Mallaig'] },
  { sentence: 'A second train, bound for Mallaig, will follow on Monday.', found: [] },
  // The right destination, the country and a region that hold it, the place of departure.
  { sentence: 'The first train, bound for Inverness, left Stirling at 11.40pm with 186 passengers.', found: [] },
  { sentence: 'A night train bound for Scotland\'s north left Stirling at 11.40pm on Friday.', found: [] },
  { sentence: 'A night train bound for the Highlands left Stirling at 11.40pm on Friday.', found: [] },
  { sentence: 'A night train bound for Inverness left Stirling at 11.40pm on Friday.', found: [] },
  // Another journey's destination, a weekday, and a lower-case word after "for".
  { sentence: 'The minister, who left for Perth on Saturday, travelled on the train as far as Aviemore.', found: [] },
  { sentence: 'The train bound for Inverness left Stirling, and the minister later headed for Perth.', found: [] },
  { sentence: 'The first train, bound for Inverness, left Stirling on Friday; the crew left for Monday\'s shift.', found: [] },
  { sentence: 'The first train left Stirling bound for home at 11.40pm with 186 passengers.', found: [] },
];

for (const { sentence, found } of DESTINATIONS) {
  test(`${SLEEPER}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    const findings = probeChecker(SLEEPER).check(sentence).findings.filter((finding) => finding.ruleId === 'event-place');
    assert.deepEqual(findings.map((finding) => `${finding.actual} → ${finding.expected ?? ''}`), found);
  });
}

/**
 * A venue no gazetteer lists written right after the word of an event the fact base puts in a
 * building: an invented story in both languages (a hospital opened in Tanta, the minister's speech
 * in the hospital's conference hall, a petition handed in at the Guildhall). The venue is named by
 * its construction, a capitalised name after "at" or an Arabic venue noun and its name, and is
 * flagged with the event's building. Traps: the building's own name, a venue the
 * article names for another thing, the event's building named elsewhere in the sentence, a name in
 * the possessive, a weekday after "at", and a venue after a word of no event.
 */
const HOSPITAL_EN = [
  'New hospital opens in Tanta',
  'TANTA, Egypt, Sunday 6 December 2026 - Health Minister Samir Fahmy opened the Al-Rahma Hospital in Tanta on Sunday. Fahmy said in a speech at the Rahma Conference Hall that the hospital would serve 2 million people.',
  'Residents handed in a petition at the Guildhall on Saturday asking for a bus route to the hospital. The minister later toured the Tanta University Hospital.',
].join('\n');

const HOSPITAL_AR = [
  'افتتاح مستشفى جديد في طنطا',
  'طنطا، مصر، الأحد 6 ديسمبر 2026 - افتتح وزير الصحة سمير فهمي مستشفى الرحمة في طنطا يوم الأحد. وقال فهمي في كلمة ألقاها بقاعة الرحمة للمؤتمرات إن المستشفى سيخدم مليوني شخص.',
  'وسلم السكان عريضة في دار البلدية يوم السبت يطالبون فيها بخط حافلات إلى المستشفى. وتفقد الوزير لاحقاً مستشفى جامعة طنطا.',
].join('\n');

const hospitalLines = bilingualChecker(
  {
    id: 'tanta-hospital35',
    published: '2026-12-06',
    facts: (own) => ({
      people: [{ id: 'fahmy', names: { en: ['Samir Fahmy'], ar: ['سمير فهمي'] }, short: { en: ['Fahmy'], ar: ['فهمي'] }, gender: 'm', evidence: own('Samir Fahmy', 'سمير فهمي') }],
      places: [
        { id: 'tanta', names: { en: ['Tanta'], ar: ['طنطا'] }, kind: 'city', evidence: own('in Tanta', 'في طنطا') },
        { id: 'hall', names: { en: ['Rahma Conference Hall'], ar: ['قاعة الرحمة للمؤتمرات'] }, kind: 'building', within: 'tanta', evidence: own('at the Rahma Conference Hall', 'بقاعة الرحمة للمؤتمرات') },
        { id: 'guildhall', names: { en: ['Guildhall'], ar: ['دار البلدية'] }, kind: 'building', within: 'tanta', evidence: own('at the Guildhall', 'في دار البلدية') },
      ],
      events: [
        {
          id: 'speech',
          names: { en: ["Fahmy's speech"], ar: ['كلمة فهمي'] },
          triggers: { en: ['speech'], ar: ['كلمة'] },
          participants: ['fahmy'],
          place: 'hall',
          evidence: own('Fahmy said in a speech at the Rahma Conference Hall', 'وقال فهمي في كلمة ألقاها بقاعة الرحمة للمؤتمرات'),
        },
        {
          id: 'petition',
          names: { en: ['the handing in of the petition'], ar: ['تسليم العريضة'] },
          triggers: { en: ['petition', 'handed in'], ar: ['عريضة', 'سلم'] },
          place: 'guildhall',
          evidence: own('handed in a petition at the Guildhall', 'وسلم السكان عريضة في دار البلدية'),
        },
      ],
    }),
  },
  ['event-place'],
);

const VENUES: { lang: 'en' | 'ar'; sentence: string; found: string[] }[] = [
  { lang: 'en', sentence: 'Fahmy said in a speech at the Citadel that the hospital would serve 2 million people.', found: ['event-place: Citadel → Rahma Conference Hall'] },
  { lang: 'en', sentence: 'Residents handed in a petition at the Governorate Building on Saturday.', found: ['event-place: Governorate Building → Guildhall'] },
  { lang: 'ar', sentence: 'وقال فهمي في كلمة بمقر المحافظة إن المستشفى سيخدم مليوني شخص.', found: ['event-place: مقر المحافظة → قاعة الرحمة للمؤتمرات'] },
  // The event's word backed by no name, in a sentence that restates its article sentence.
  { lang: 'ar', sentence: 'وقال الوزير في كلمة بمقر المحافظة إن المستشفى سيخدم مليوني شخص.', found: ['event-place: مقر المحافظة → قاعة الرحمة للمؤتمرات'] },
  { lang: 'en', sentence: 'The minister said in a speech at the Citadel that the hospital would serve 2 million people.', found: ['event-place: Citadel → Rahma Conference Hall'] },
  // The building's own name, another venue of the article, the building named elsewhere.
  { lang: 'en', sentence: 'Fahmy said in a speech at the Rahma Conference Hall that the hospital would serve 2 million people.', found: [] },
  { lang: 'en', sentence: 'Fahmy said in a speech at the Tanta University Hospital that the new hospital would serve 2 million people.', found: [] },
  { lang: 'en', sentence: 'Fahmy said in a speech at Al-Azhar Park, before moving on to the Rahma Conference Hall, that the hospital would serve 2 million people.', found: [] },
  // A name in the possessive, a weekday, a venue after a word of no event.
  { lang: 'en', sentence: "Residents handed in a petition at the Governor's office on Saturday.", found: [] },
  { lang: 'en', sentence: 'Residents handed in a petition at Saturday noon.', found: [] },
  { lang: 'en', sentence: 'Residents handed in a petition at the Labour conference on Saturday.', found: [] },
  { lang: 'en', sentence: 'Residents gathered at the Citadel on Saturday.', found: [] },
  // A venue's name that goes on after "of" is not read whole: no finding rather than a wrong fix.
  { lang: 'en', sentence: 'Fahmy said in a speech at the Palace of Culture that the hospital would serve 2 million people.', found: [] },
  { lang: 'ar', sentence: 'وقال فهمي في كلمة ألقاها بقاعة الرحمة للمؤتمرات إن المستشفى سيخدم مليوني شخص.', found: [] },
  { lang: 'ar', sentence: 'وتفقد فهمي مستشفى جامعة طنطا يوم الأحد.', found: [] },
  // An Arabic venue noun right after the event's word with no locative is its genitive object
  // (the petition of the hospital), not the event's place; with «في» it is the place.
  { lang: 'ar', sentence: 'عريضة مستشفى الجامعة تصل إلى المحافظ', found: [] },
  { lang: 'ar', sentence: 'وسلم السكان عريضة في مقر المحافظة يوم السبت.', found: ['event-place: مقر المحافظة → دار البلدية'] },
];

for (const { lang, sentence, found } of VENUES) {
  test(`a venue after an event's word (${lang}): ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    assert.deepEqual(hospitalLines(lang === 'en' ? HOSPITAL_EN : HOSPITAL_AR, lang)(sentence), found);
  });
}

/** A building the fact base names in the article's language alone: a venue of the other language may be its translation. */
test('a venue after an event word is left alone where the building has no name in the draft language', () => {
  const article = 'وقال وزير الصحة سمير فهمي في كلمة ألقاها بالمركز الثقافي الملكي إن المستشفى سيخدم مليوني شخص.';
  const cite = citer(article);
  const data = {
    schemaVersion: 2,
    id: 'speech-ar-only35',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2026-12-06' },
    people: [{ id: 'fahmy', names: { ar: ['سمير فهمي'], en: ['Samir Fahmy'] }, short: { ar: ['فهمي'], en: ['Fahmy'] }, evidence: cite('سمير فهمي') }],
    places: [{ id: 'centre', names: { ar: ['المركز الثقافي الملكي'] }, kind: 'building', evidence: cite('بالمركز الثقافي الملكي') }],
    events: [{ id: 'speech', names: { ar: ['كلمة فهمي'] }, triggers: { ar: ['كلمة'], en: ['speech'] }, participants: ['fahmy'], place: 'centre', evidence: cite('في كلمة ألقاها بالمركز الثقافي الملكي') }],
  };
  const lines = findingLines(createChecker([loadTestFactBase(data, 'speech-ar-only35.factbase.json', article)], { scope: 'all' }), ['event-place']);
  assert.deepEqual(lines('Fahmy said in a speech at the Royal Cultural Centre that the hospital would serve 2 million people.'), []);
});

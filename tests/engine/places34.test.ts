/**
 * Probes of two kinds of place a draft gets wrong, written by helper places (session 34) before
 * its changes, on invented articles and sentences.
 *
 * A person's home town that no gazetteer lists, after the person's age ("Doreen Whitfield, 82,
 * from Penistone"): the name is a place by its construction, as after a unit noun, and another
 * town than the article's in that slot of origin is flagged with the article's (the drawn article
 * `hospital-waits32.en.txt`: two patients from Bradford and York). Traps: the right town; a month
 * or a weekday after "from"; the country that holds the town; an age with nothing capitalised
 * after "from".
 *
 * A constituency named by a place and a point of the compass after it (the member of the Senedd
 * for Cardiff North, the TD for Limerick South-Central, «عضو البرلمان عن كارديف الشمالية»): a post
 * given in a draft with the same place and another point ("for Cardiff West", "for Limerick
 * North-Central") is wrong, as another point before the place is (`postArea.ts`). Traps: the
 * post's own constituency; the place with no point (vaguer); a district of the place named
 * elsewhere in the sentence; another person's constituency.
 *
 * The place of a news conference an Arabic article gives with «ب» fused to it («في مؤتمر صحفي
 * بعمّان»): drawn as an undated event of the occasion, so that a draft line that gives the occasion
 * and another town ("at a news conference in Irbid") is flagged, as it is for an English article
 * ("told a news conference in Cardiff"). The invented articles: a water plant opened in Karak, with
 * the minister's news conference in Amman (`desalination-karak34.ar.txt`); a flood wall opened in
 * Newport, with the secretary's news conference in Cardiff (`flood-wall-newport34.en.txt`); a
 * medicines factory opened in Ramtha, with the minister's news conference at a venue in Irbid
 * («في مبنى غرفة التجارة بإربد», `medicines-ramtha34.ar.txt`). Traps:
 * the right town, the country that holds it, and the other event's place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';
import { probeChecker } from './drawProbeChecks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';

const LEEDS = 'hospital-waits32.en.txt';

/** A sentence and the `actual → expected` of each `event-place` finding it must get (none when clean). */
const HOME_TOWNS: { sentence: string; found: string[] }[] = [
  { sentence: 'Doreen Whitfield, 82, from Penistone, waited nine hours on a trolley after a fall at home.', found: ['Penistone → Bradford'] },
  { sentence: 'Peter Haines, 64, from Great Ayton, said he had waited six hours for a scan after a stroke in December.', found: ['Great Ayton → York'] },
  // The right towns, the country, a month after "from", and a lower-case word after "from".
  { sentence: 'Doreen Whitfield, 82, from Bradford, waited nine hours on a trolley after a fall at home.', found: [] },
  { sentence: 'Doreen Whitfield, 82, from England, waited nine hours on a trolley after a fall at home.', found: [] },
  { sentence: 'Doreen Whitfield, 82, from January, waited nine hours on a trolley after every fall at home.', found: [] },
  { sentence: 'Doreen Whitfield, 82, from Monday, waited nine hours on a trolley after a fall at home.', found: [] },
  { sentence: 'Doreen Whitfield, 82, from a village near Bradford, waited nine hours on a trolley after a fall at home.', found: [] },
];

for (const { sentence, found } of HOME_TOWNS) {
  test(`${LEEDS}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    const findings = probeChecker(LEEDS).check(sentence).findings.filter((finding) => finding.ruleId === 'event-place');
    assert.deepEqual(findings.map((finding) => `${finding.actual} → ${finding.expected ?? ''}`), found);
  });
}

const ARTICLE = [
  'Wales to spend £9 million on free school meals',
  'CARDIFF, Wales, Tuesday 1 December 2026 - The education secretary, Rhian Pryce, the Labour member of the Senedd for Cardiff North, said on Tuesday that the government would spend £9 million on free school meals.',
  'In Ireland, Sean Kelly, the Labour TD for Limerick South-Central, said the Dublin government should do the same.',
].join('\n');

const cite = citer(ARTICLE);

/** An invented story of two members for constituencies named by a place and points of the compass. */
function meals(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'school-meals',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-12-01' },
    people: [
      { id: 'pryce', names: { en: ['Rhian Pryce'], ar: ['ريان برايس'] }, gender: 'f', evidence: cite('Rhian Pryce') },
      { id: 'kelly', names: { en: ['Sean Kelly'], ar: ['شون كيلي'] }, gender: 'm', evidence: cite('Sean Kelly') },
    ],
    posts: [
      {
        id: 'pryce-ms',
        holder: 'pryce',
        role: 'member',
        title: { en: ['member of the Senedd for Cardiff North', 'member of the Senedd'], ar: ['عضوة برلمان ويلز عن كارديف الشمالية', 'عضوة برلمان ويلز'] },
        evidence: cite('the Labour member of the Senedd for Cardiff North'),
      },
      {
        id: 'kelly-td',
        holder: 'kelly',
        role: 'member',
        title: { en: ['TD for Limerick South-Central', 'TD'], ar: ['النائب عن ليمريك الجنوبية الوسطى', 'النائب'] },
        evidence: cite('the Labour TD for Limerick South-Central'),
      },
    ],
    places: [
      { id: 'cardiff-north', names: { en: ['Cardiff North'], ar: ['كارديف الشمالية'] }, kind: 'region', within: 'wales', evidence: cite('Cardiff North') },
      { id: 'limerick-south-central', names: { en: ['Limerick South-Central'], ar: ['ليمريك الجنوبية الوسطى'] }, kind: 'region', within: 'ireland', evidence: cite('Limerick South-Central') },
    ],
  };
  return loadTestFactBase(data, 'meals.factbase.json', ARTICLE);
}

test('another point of the compass after the place of a constituency is a wrong post', () => {
  const findings = findingLines(createChecker([meals()], { scope: 'all' }), ['post-holder']);
  assert.deepEqual(findings('Rhian Pryce, the Labour member of the Senedd for Cardiff West, said the government would spend £9 million.'), ['post-holder: West → North']);
  assert.deepEqual(findings('Rhian Pryce, the Labour member of the Senedd for Cardiff South West, said the government would spend £9 million.'), ['post-holder: South West → North']);
  assert.deepEqual(findings('The Labour member of the Senedd for Cardiff East, Rhian Pryce, said the government would spend £9 million.'), ['post-holder: East → North']);
  assert.deepEqual(findings('Sean Kelly, the Labour TD for Limerick North-Central, said the Dublin government should do the same.'), ['post-holder: North-Central → South-Central']);
  assert.deepEqual(findings('وقالت ريان برايس، عضوة برلمان ويلز عن كارديف الجنوبية، إن الحكومة ستنفق 9 ملايين جنيه.'), ['post-holder: الجنوبية → الشمالية']);
});

test("the constituency's own points, the place alone, a district elsewhere and another person's seat pass", () => {
  const findings = findingLines(createChecker([meals()], { scope: 'all' }), ['post-holder']);
  assert.deepEqual(findings('Rhian Pryce, the Labour member of the Senedd for Cardiff North, said the government would spend £9 million.'), []);
  assert.deepEqual(findings('Rhian Pryce, the Labour member of the Senedd for Cardiff, said the government would spend £9 million.'), []);
  assert.deepEqual(findings('Sean Kelly, the Labour TD for Limerick South-Central, said the Dublin government should do the same.'), []);
  assert.deepEqual(findings('Rhian Pryce, the Labour member of the Senedd for Cardiff North, said schools in Cardiff West would be first.'), []);
  assert.deepEqual(findings('Rhian Pryce, the education secretary, said Owen Hale, the Plaid member of the Senedd for Cardiff West, agreed.'), []);
  assert.deepEqual(findings('وقالت ريان برايس، عضوة برلمان ويلز عن كارديف الشمالية، إن الحكومة ستنفق 9 ملايين جنيه.'), []);
  assert.deepEqual(findings('وقالت ريان برايس، عضوة برلمان ويلز عن كارديف، إن الحكومة ستنفق 9 ملايين جنيه.'), []);
});

/**
 * A town the gazetteer names in Arabic only with its country's adjective (القنيطرة المغربية) and an
 * Arabic article writes bare is drawn as the gazetteer's town (`placeAdjectiveTwins31.test.ts`);
 * its bare name, which no gazetteer entry lists, stays the story's own word for story detection,
 * as it was when it was drawn as the story's own place after its place noun (في مدينة القنيطرة).
 */
test('the bare name of a town known with its adjective is drawn as an anchor of the story', () => {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', 'hospital-kenitra31.ar.txt'), 'utf8');
  const drawn = drawFactBase(article, {}).factBase as { places: { id: string }[]; scope?: { anchors?: string[] } };
  assert.ok(drawn.places.some((place) => place.id === 'kenitra'));
  assert.ok(drawn.scope?.anchors?.includes('القنيطرة'), JSON.stringify(drawn.scope));
});

const KARAK = 'desalination-karak34.ar.txt';
const RAMTHA = 'medicines-ramtha34.ar.txt';
const NEWPORT = 'flood-wall-newport34.en.txt';

/** A probe article, a sentence and the `actual → expected` of each `event-place` finding it must get. */
const CONFERENCES: { file: string; sentence: string; found: string[] }[] = [
  { file: KARAK, sentence: '— Raed al-Zoubi, at a news conference in Irbid', found: ['Irbid → Amman'] },
  { file: KARAK, sentence: 'Raed al-Zoubi later spoke at a news conference in Irbid.', found: ['Irbid → Amman'] },
  { file: NEWPORT, sentence: '— Gwen Rowlands, at a news conference in Swansea', found: ['Swansea → Cardiff'] },
  // A venue before the town («في مبنى غرفة التجارة بإربد»): the town is where the occasion was held.
  { file: RAMTHA, sentence: '— Mazen al-Abadi, at a news conference in Madaba', found: ['Madaba → Irbid'] },
  { file: RAMTHA, sentence: 'Mazen al-Abadi later spoke at a news conference in Madaba.', found: ['Madaba → Irbid'] },
  { file: RAMTHA, sentence: '— Mazen al-Abadi, at a news conference in Irbid', found: [] },
  { file: RAMTHA, sentence: 'Mazen al-Abadi opened the medicines factory in Ramtha on Monday, then spoke at a news conference in Irbid.', found: [] },
  // The right town, the country, and the opening's own place.
  { file: KARAK, sentence: 'Zoubi later spoke at a news conference in Amman.', found: [] },
  { file: KARAK, sentence: '— Raed al-Zoubi, at a news conference in Jordan', found: [] },
  { file: KARAK, sentence: 'The ministry opened the plant in Karak on Saturday, and Zoubi spoke at a news conference in Amman.', found: [] },
  { file: KARAK, sentence: 'وقال الزعبي في مؤتمر صحفي بعمّان إن محطة الكرك ستخدم 300 ألف نسمة.', found: [] },
  { file: KARAK, sentence: 'Raed al-Zoubi, at a news conference in Amman, said a second plant would be built in Madaba.', found: [] },
  { file: NEWPORT, sentence: '— Gwen Rowlands, at a news conference in Cardiff', found: [] },
];

for (const { file, sentence, found } of CONFERENCES) {
  test(`${file}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    const findings = probeChecker(file).check(sentence).findings.filter((finding) => finding.ruleId === 'event-place');
    assert.deepEqual(findings.map((finding) => `${finding.actual} → ${finding.expected ?? ''}`), found);
  });
}

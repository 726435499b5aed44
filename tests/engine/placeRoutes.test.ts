/**
 * Probes of places written by helper place20 before its changes, against invented wire stories: a
 * migrant boat that sailed from Sfax and was rescued south-west of Lampedusa (`sfax-boat.en.txt`), a
 * typhoon in the Philippines' Bicol region (`bicol-typhoon.en.txt`) and a roadside bomb 30 km south
 * of Kandahar (`kandahar-bomb.en.txt`), each drawn by `kb draw` (tests/engine/fixtures/drawProbes),
 * and an Arabic story with a fact base written here by hand (an attack south-west of Mosul). A
 * place of departure ("sailed from Libya") is the departure's place; a town named by its distance
 * and direction from a city is near that city; an Afghan or Philippine province is known to the
 * gazetteer. Each with traps that must stay clean: the right city, a place containing it, a place
 * of another event of the story, the place a person spoke in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { probe, type Probe } from './drawProbeChecks';
import { citer, findingLines, loadTestFactBase } from './helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';

const drawn: [file: string, probes: Probe[]][] = [
  [
    'sfax-boat.en.txt',
    [
      { sentence: 'The boat had sailed from Zuwara in Libya on Saturday with about 70 people on board.', rule: 'event-place' },
      { sentence: 'The boat had sailed from Libya on Saturday with about 70 people on board.', rule: 'event-place' },
      { sentence: 'The boat had sailed from Tunisia on Saturday with about 70 people on board.' },
      { sentence: 'The boat had sailed from Sfax on Saturday with about 70 people on board.' },
      { sentence: 'The boat left the Tunisian port of Sfax with about 70 people on board.' },
      { sentence: 'Two children were flown by helicopter to a hospital in Palermo.' },
      { sentence: 'Italian Interior Minister Matteo Piantedosi said in Rome that the government would ask the European Union for more help.' },
      { sentence: 'Tunisian authorities said on Sunday they had stopped 12 boats off Sfax and Mahdia.' },
      { sentence: 'Amara Diallo, a 24-year-old from Guinea, said the engine failed on the second night.' },
      // A place after "from" with no verb of setting out, or of another event than the rescue, is no rescue's place.
      { sentence: 'The migrants, who had fled from Libya, were rescued on Monday.' },
      { sentence: 'Coastguard vessels rescued 63 migrants who had sailed from Sfax.' },
    ],
  ],
  [
    'bicol-typhoon.en.txt',
    [
      { sentence: 'Typhoon Kalmaegi slammed into the Visayas region of the Philippines on Sunday, killing at least nine people.', rule: 'event-place' },
      { sentence: 'Typhoon Kalmaegi slammed into the Bicol region of the Philippines on Sunday, killing at least nine people.' },
      { sentence: 'Typhoon Kalmaegi slammed into the Philippines on Sunday, killing at least nine people.' },
      { sentence: 'Most of the dead were in Cebu province, where a landslide buried four houses.', rule: 'event-place' },
      { sentence: 'Most of the dead were in Albay province, where a landslide buried four houses in the town of Guinobatan.' },
      { sentence: 'Flights were cancelled at airports in Manila and Naga.' },
      { sentence: 'President Ferdinand Marcos said in Manila that 500 soldiers had been sent to the region.' },
    ],
  ],
  [
    'kandahar-bomb.en.txt',
    [
      { sentence: 'A roadside bomb killed six people, including four policemen, about 30 km south of Herat on Tuesday.', rule: 'event-place' },
      { sentence: 'A roadside bomb killed six people, including four policemen, in Helmand province on Tuesday.', rule: 'event-place' },
      { sentence: 'A roadside bomb killed six people, including four policemen, near Kandahar on Tuesday.' },
      { sentence: 'A roadside bomb killed six people, including four policemen, in southern Afghanistan on Tuesday.' },
      { sentence: 'A roadside bomb killed six people, including four policemen, in Kandahar province on Tuesday.' },
      { sentence: 'Last month a bomb killed 11 people at a mosque in Herat.' },
      { sentence: 'The wounded were taken to Mirwais hospital in Kandahar city.' },
      { sentence: 'Interior ministry spokesman Abdul Mateen Qani said in Kabul that investigators had been sent to the area.' },
    ],
  ],
];

for (const [file, probes] of drawn) for (const one of probes) probe(file, one);

/** An Iraqi story with an editor's fact base: an attack on a town south-west of Mosul, and a statement in Baghdad. */
const MOSUL = `بغداد (رويترز) - قُتل ثلاثة جنود عراقيين في هجوم على نقطة تفتيش على بعد 30 كيلومتراً جنوب غرب الموصل يوم الأحد، وفق ما أفاد به مصدر أمني. وقال المتحدث باسم وزارة الداخلية في بغداد إن التحقيقات جارية.`;

function mosulChecker(): (draft: string) => string[] {
  const cite = citer(MOSUL);
  const base = loadTestFactBase(
    {
      schemaVersion: 2, id: 'mosul-attack', title: 'هجوم جنوب غرب الموصل', source: { file: 'a.txt', lang: 'ar' },
      events: [{ id: 'attack', names: { ar: ['الهجوم على نقطة التفتيش'] }, triggers: { ar: ['هجوم', 'قتل'] }, place: 'mosul', evidence: cite('قُتل ثلاثة جنود عراقيين في هجوم على نقطة تفتيش على بعد 30 كيلومتراً جنوب غرب الموصل') }],
    },
    'mosul-attack.factbase.json',
    MOSUL,
  );
  const checker: Checker = createChecker([base], { scope: 'all' });
  return findingLines(checker, ['event-place', 'place-containment']);
}

const mosul = mosulChecker();

test('an attack at a distance and direction from another city is flagged', () => {
  assert.equal(mosul('قُتل ثلاثة جنود عراقيين في هجوم على نقطة تفتيش على بعد 30 كيلومتراً جنوب غرب كركوك يوم الأحد.').length, 1);
});

test('an attack near the city, in its governorate, and a statement elsewhere stay clean', () => {
  assert.deepEqual(mosul('قُتل ثلاثة جنود عراقيين في هجوم على نقطة تفتيش قرب الموصل يوم الأحد.'), []);
  assert.deepEqual(mosul('قُتل ثلاثة جنود عراقيين في هجوم على نقطة تفتيش في محافظة نينوى يوم الأحد.'), []);
  assert.deepEqual(mosul('وقال المتحدث باسم وزارة الداخلية في بغداد إن التحقيقات جارية في الهجوم.'), []);
});

/** The places a probe article's drawn fact base lists, as `id in within`. */
function drawnPlaces(file: string): string[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  return (drawFactBase(article, {}).factBase.places ?? []).map((place) => `${place.id} in ${(place.within as string | undefined) ?? ''}`);
}

test('a town joined by "and" to a town is not put inside that town\'s own division', () => {
  const places = drawnPlaces('bicol-typhoon.en.txt');
  assert.ok(places.includes('naga in philippines'), JSON.stringify(places));
  // A town after "the town of" in a sentence that names its province lies in that province.
  assert.ok(places.includes('guinobatan in albay'), JSON.stringify(places));
});

test('"the west of the country" in a story datelined Kabul is Afghanistan\'s, not that of a country named for its border', () => {
  const places = drawnPlaces('kandahar-bomb.en.txt');
  assert.ok(places.includes('west-afghanistan in afghanistan'), JSON.stringify(places));
  assert.ok(!places.some((place) => place.startsWith('daman in helmand')), JSON.stringify(places));
});

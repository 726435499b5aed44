/**
 * Probes of the `event-place` rule on districts and suburbs, written before their fix: an event
 * put in another district of its city than the one the fact base names ("in Sketty" for the fire
 * in Llansamlet, Swansea) is reported; the city itself, the district the fact base names, a
 * district beside a place the fact base does not put in a district (a building of the city), a
 * district after "near", and a person's district stay clean. A suburb that is a town of its own
 * (La Marsa, «المرسى» beside Tunis) is another town. Against the dev stories en-fire and
 * ar-education (the results announced at a news conference in Tunis).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { bundled, fixtureFactBase } from './helpers';

const fire: Checker = createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' });
const results: Checker = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });
const strikes: Checker = bundled().checker;
/** The bundled base with the airport strike put in Baghdad's district of Karrada: a base that names the district. */
const inKarrada: Checker = (() => {
  const base = bundled().factBase;
  return createChecker([{ ...base, events: base.events.map((event) => (event.id === 'airport-strike' ? { ...event, place: 'karrada' } : event)) }], { scope: 'all' });
})();

/** The `event-place` findings of a draft as `flagged text → fix`. */
function flagged(checker: Checker, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-place')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

test('an event put in another district of its city', () => {
  assert.deepEqual(flagged(fire, 'The fire broke out at a recycling plant in Sketty early on Wednesday.'), ['Sketty → Llansamlet']);
  assert.deepEqual(flagged(fire, 'The blaze tore through a recycling plant in Townhill.'), ['Townhill → Llansamlet']);
  assert.deepEqual(flagged(fire, 'Three primary schools in Morriston stayed closed on Wednesday and Thursday.'), ['Morriston → Llansamlet']);
});

test('an Arabic draft puts the event in another district of Baghdad', () => {
  assert.deepEqual(flagged(inKarrada, 'استهدفت ضربة جوية أمريكية موكباً في الأعظمية.'), ['الأعظمية → الكرادة']);
  assert.deepEqual(flagged(inKarrada, 'The US air strike hit Adhamiya.'), ['Adhamiya → Karrada']);
  assert.deepEqual(flagged(inKarrada, 'استهدفت ضربة جوية أمريكية موكباً في الكرادة.'), []);
  assert.deepEqual(flagged(inKarrada, 'استهدفت ضربة جوية أمريكية موكباً في بغداد.'), []);
  assert.deepEqual(flagged(inKarrada, 'The US air strike hit Baghdad.'), []);
});

test('an event put in a suburb that is a town of its own', () => {
  assert.deepEqual(flagged(results, 'عقد الوزير ندوة صحفية في المرسى أمس الاثنين.'), ['المرسى → تونس العاصمة']);
  assert.deepEqual(flagged(results, 'The minister held a news conference in La Marsa on Monday.'), ['La Marsa → Tunis']);
});

test('the city, the right district, a place of the city in no district, near, and a person\'s district stay clean', () => {
  assert.deepEqual(flagged(fire, 'The fire broke out at a recycling plant in Swansea early on Wednesday.'), []);
  assert.deepEqual(flagged(fire, 'The fire broke out at a recycling plant in Llansamlet, a district of Swansea.'), []);
  assert.deepEqual(flagged(fire, 'The fire broke out at a recycling plant near Morriston early on Wednesday.'), []);
  assert.deepEqual(flagged(fire, 'The fire broke out in Llansamlet, and smoke drifted over Sketty and Townhill.'), []);
  assert.deepEqual(flagged(fire, 'Sian Beddoe, who lives in Sketty, apologised for the fire on Wednesday evening.'), []);
  assert.deepEqual(flagged(fire, 'Natural Resources Wales took samples from the River Tawe in Morriston on Wednesday afternoon.'), []);
  assert.deepEqual(flagged(results, 'عقد الوزير ندوة صحفية في مقر الوزارة بباب بنات في العاصمة تونس.'), []);
  assert.deepEqual(flagged(results, 'The minister held a news conference in Tunis on Monday.'), []);
  assert.deepEqual(flagged(strikes, 'استهدفت ضربة جوية أمريكية موكباً في الكرادة.'), []);
  assert.deepEqual(flagged(strikes, 'The US air strike hit Karrada.'), []);
});

/**
 * Events and places drawn from constructions any news story uses, in both languages: an event placed
 * through a place noun («في محافظة بقعاء», which is no trigger), the verb that opens the date's own
 * clause («عندما انقلبت حافلة … فجر أمس الخميس», «وغادرت ثماني منهن المستشفى مساء الخميس») with no
 * number word as a trigger, an English event to come by the verb after its modal (will raise … on
 * Monday), a state declared in the passive (The fire was declared under control at 6pm), a county after its town (Corby, Northamptonshire), an area before its lower-case head (the
 * Whitsunday region, the Llansamlet district of Swansea), a town joined by "and" to a known place
 * (between Bowen and Proserpine) and the second place of an Arabic place noun in the dual («بلدتي
 * مولاي إبراهيم وأمزميز»); with near misses that stay undrawn.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Named = { id: string; names: { ar?: string[]; en?: string[] }; kind?: string };
type Event = { triggers?: { ar?: string[]; en?: string[] }; date?: { day?: number; month?: number }; place?: string };
interface Drawn { places: Named[]; events: Event[] }

const draw = (text: string) => drawFactBase(text).factBase as unknown as Drawn;
const placeNames = (kb: Drawn) => kb.places.flatMap((p) => [...(p.names.en ?? []), ...(p.names.ar ?? [])]);
const AR = 'حادث\n\nحائل – الجمعة 20 نوفمبر/تشرين الثاني 2026\n\n';
const EN = 'Closure\n\nCORBY, Wednesday 14 October 2026 - ';

test('an Arabic event is placed through a place noun, takes the verb opening its clause, and no place noun or number word is a trigger', () => {
  const kb = draw(`${AR}توفيت خمس معلمات، عندما انقلبت حافلة كانت تقلهن إلى مدارسهن في محافظة بقعاء فجر أمس الخميس.\n\nونقلت المصابات إلى المستشفى، وغادرت ثماني منهن المستشفى مساء الخميس.\n`);
  const [first, second] = kb.events;
  const triggers = (e?: Event) => e?.triggers?.ar ?? [];
  assert.ok(triggers(first).includes('انقلبت') && !triggers(first).includes('محافظة'), JSON.stringify(first));
  assert.equal(kb.places.find((p) => p.id === first?.place)?.names.ar?.[0], 'بقعاء');
  assert.ok(triggers(second).includes('غادرت') && !triggers(second).includes('ثماني'), JSON.stringify(second));
});

test('an English event to come is named by the verb after its modal; a past verb still comes first', () => {
  const kb = draw(`${EN}Sarah Quinn visited the factory last Thursday and will raise the closures in the Commons on Monday.\n`);
  const all = kb.events.map((e) => e.triggers?.en ?? []);
  assert.ok(all.some((t) => t.includes('visited')), JSON.stringify(all));
  assert.ok(all.some((t) => t.includes('raise') && t.includes('raised')), JSON.stringify(all));
});

test('a state declared in the passive is its own event (declared under control), not the event its subject names; what is not to be done is no event', () => {
  const kb = draw(`${EN}A fire broke out at the plant on Tuesday.\n\nThe fire was declared under control at 6pm on Tuesday.\n\nOfficials warned people not to fish in the river until Monday.\n`);
  const all = kb.events.map((e) => e.triggers?.en ?? []);
  assert.ok(all.some((t) => t.includes('under control') && !t.includes('fire')), JSON.stringify(all));
  assert.ok(!all.some((t) => t.includes('fish')), JSON.stringify(all));
});

test('English places: a -shire county after its town, an area before its lower-case head, a town joined by "and" to a known one', () => {
  assert.ok(placeNames(draw(`${EN}The firm will close its factory in Corby, Northamptonshire, next year.\n`)).includes('Northamptonshire'));
  assert.ok(placeNames(draw(`${EN}A fire tore through a plant in the Llansamlet district of Swansea.\n`)).includes('Llansamlet'));
  const names = placeNames(draw(`${EN}The storm crossed the coast between Brisbane and Proserpine, in the Whitsunday region.\n`));
  assert.ok(names.includes('Proserpine') && names.includes('Whitsunday'), JSON.stringify(names));
  // Near misses: a -shire word that follows no town, a capitalised word joined to no place, and a region word after a person.
  const near = placeNames(draw(`${EN}Hampshire Foods and Alpha Group said the Jones region plan was dropped. Leeds and Smith talked in the Marsh area.\n`));
  assert.deepEqual(near.filter((n) => ['Hampshire', 'Alpha', 'Smith', 'Jones'].includes(n)), []);
});

test('the second place of an Arabic place noun in the dual is drawn; a conjunction after a singular place noun is not a place', () => {
  assert.ok(placeNames(draw(`${AR}وفي بلدتي مولاي إبراهيم وأمزميز انهارت منازل كثيرة.\n`)).includes('أمزميز'));
  assert.ok(!placeNames(draw(`${AR}وفي بلدة مولاي إبراهيم وانهارت منازل كثيرة.\n`)).includes('انهارت'));
});

/**
 * English capitalised names that are not people: storms and vessels (drawn as groups that events
 * tie to), places (Hamilton Island, Mount Isa, towards Charters Towers) and organisations whose
 * kind noun ends them (Ergon Energy, Queensland Fire and Emergency Services). Invented sentences,
 * with near misses that must stay people.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown> & { id: string };
const draw = (text: string) => drawFactBase(text, { published: '2026-03-10', lang: 'en' }).factBase as unknown as Record<string, Fact[]>;
const personNames = (kb: Record<string, Fact[]>) => kb.people!.map((p) => (p.names as { en: string[] }).en[0]);

test('a named storm is a group with its bare name, not a person, and events tie to it', () => {
  const kb = draw('Severe Tropical Cyclone Marla crossed the coast near Ayrton late on Monday, police said.\nMarla formed in the Timor Sea last Thursday.\n');
  assert.deepEqual(personNames(kb), []);
  assert.equal(kb.groups!.length, 1, JSON.stringify(kb.groups));
  const storm = kb.groups![0]!;
  assert.deepEqual((storm.names as { en: string[] }).en.slice(0, 2), ['Cyclone Marla', 'Marla']);
  const tied = kb.events!.filter((e) => (e.participants as string[] | undefined)?.includes(storm.id));
  assert.ok(tied.length >= 1, JSON.stringify(kb.events));
});

test('hurricanes, storms and vessels: Hurricane Odile, Storm Brannagh, the tanker Sea Lark', () => {
  const kb = draw('Hurricane Odile and Storm Brannagh hit the islands on Monday. The tanker Sea Lark ran aground on Tuesday.\n');
  assert.deepEqual(personNames(kb), []);
  const names = kb.groups!.map((g) => (g.names as { en: string[] }).en[0]);
  assert.deepEqual(names.sort(), ['Hurricane Odile', 'Sea Lark', 'Storm Brannagh'].sort());
});

test('places are not people: a place word ends or opens the run, or a preposition of place leads it', () => {
  const kb = draw('A gust was recorded on Hamilton Island. The ship sank in the Coral Sea. Flooding is expected in the Burdekin Shire and at Mount Isa, and the storm moved inland towards Charters Towers.\n');
  assert.deepEqual(personNames(kb), []);
});

test('near misses: people after a preposition of place whose given name is known stay people, and so do storm words as surnames', () => {
  const kb = draw('The award went to Julie Ferris on Monday. Talks ended at Rebecca Thornton\'s office, and near Stephen Mallory a reporter waited. Alan Storm said the roads were closed.\n');
  const names = personNames(kb);
  for (const name of ['Julie Ferris', 'Rebecca Thornton', 'Stephen Mallory', 'Alan Storm']) assert.ok(names.includes(name), `${name}: ${JSON.stringify(names)}`);
  assert.deepEqual(kb.groups, []);
});

test('organisations ending with a kind noun (Energy, Services, Bureau, Force) are organisations, not people', () => {
  const kb = draw('Power company Corvan Energy said 12,000 homes lost power. The Commissioner of Westland Fire and Rescue Services, Alan Moss, said crews were busy. About 200 Australian Defence Force personnel were sent.\n');
  assert.deepEqual(personNames(kb), ['Alan Moss']);
  const orgs = kb.organisations!.map((o) => (o.names as { en: string[] }).en[0]);
  assert.ok(orgs.includes('Corvan Energy'), JSON.stringify(orgs));
  assert.ok(orgs.includes('Westland Fire and Rescue Services'), JSON.stringify(orgs));
  assert.ok(orgs.includes('Australian Defence Force'), JSON.stringify(orgs));
  const post = kb.posts!.find((p) => p.holder === kb.people![0]!.id);
  assert.equal(post?.role, 'head');
  assert.equal(post?.organisation, kb.organisations!.find((o) => (o.names as { en: string[] }).en[0] === 'Westland Fire and Rescue Services')!.id);
});

test('near miss: "and" between two organisations does not join them into one', () => {
  const kb = draw('The Bureau of Meteorology and Emergency Services warned residents on Monday.\n');
  const orgs = kb.organisations!.map((o) => (o.names as { en: string[] }).en[0]);
  assert.ok(orgs.includes('Bureau of Meteorology'), JSON.stringify(orgs));
  assert.ok(!orgs.some((name) => /Meteorology and/.test(name!)), JSON.stringify(orgs));
});

test('a company\'s first word alone is its short form (Corvan for Corvan Energy), and a title with it names the company; "the bureau" ties in the article but is no name', () => {
  const kb = draw('Power company Corvan Energy said 12,000 homes lost power. "Crews are out," Corvan spokesman Mark Dwyer said.\nThe Bureau of Meteorology warned of more rain, and the bureau expects flooding on Friday.\n');
  const company = kb.organisations!.find((o) => (o.names as { en: string[] }).en[0] === 'Corvan Energy');
  assert.deepEqual((company?.names as { en: string[] }).en, ['Corvan Energy', 'Corvan']);
  assert.equal(kb.posts!.find((p) => p.role === 'spokesperson')?.organisation, company!.id);
  const bureau = kb.organisations!.find((o) => (o.names as { en: string[] }).en[0] === 'Bureau of Meteorology');
  assert.deepEqual((bureau?.names as { en: string[] }).en, ['Bureau of Meteorology']);
});

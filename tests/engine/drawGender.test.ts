/**
 * Drawing a person's gender: cues around the name (a verb, a pronoun, a title in its feminine
 * form), then an honorific in the name, then the given-names lexicon; with none, no gender and a
 * review mark. Near misses: a pronoun in the sentence before, or one after another person's name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Person = { id: string; names: { ar?: string[]; en?: string[] }; gender?: string; review?: { reason: string } };
const people = (text: string) => (drawFactBase(text, { published: '2025-03-04' }).factBase.people as unknown as Person[]);
const named = (text: string, name: string) => {
  const person = people(text).find((p) => p.names.ar?.[0] === name || p.names.en?.[0] === name);
  assert.ok(person, `${name} is not drawn from: ${text} (${people(text).map((p) => p.names.ar?.[0] ?? p.names.en?.[0]).join(', ')})`);
  return person;
};

test('a feminine title form (وزيرة، المديرة) gives a woman with no verb or pronoun', () => {
  assert.equal(named('وزيرة التضامن نزهة الوافي في زيارة إلى المدينة.', 'نزهة الوافي').gender, 'f');
  assert.equal(named('وتشرف المديرة الإقليمية للمنظمة سلوى الزين على البرنامج.', 'سلوى الزين').gender, 'f');
  assert.equal(named('ووصل وزير النقل منصف الزروالي إلى المدينة.', 'منصف الزروالي').gender, 'm');
});

test('with no cue, the given-names lexicon gives the gender, in Arabic and English', () => {
  assert.equal(named('وحصلت على الجائزة التلميذة مريم الشابي من صفاقس.', 'مريم الشابي').gender, 'f');
  assert.equal(named('Suella Braverman was sacked on Monday.', 'Suella Braverman').gender, 'f');
  const carr = named('A fisherman, Liam Carr, has been missing since Monday.', 'Liam Carr');
  assert.equal(carr.gender, 'm');
  assert.doesNotMatch(carr.review?.reason ?? '', /gender/);
});

test('an honorific in the name gives the gender (الأمير، الشيخة، Lord, Dame)', () => {
  assert.equal(named('واستقبل الأمير مولاي الحسن، أمس، الوفد.', 'الأمير مولاي الحسن').gender, 'm');
  assert.equal(named('Dame Harriet Quill opened the hall on Monday.', 'Dame Harriet Quill').gender, 'f');
});

test('no cue and a name the lexicon does not know: no gender, and the person is marked for review', () => {
  const person = named('Taylor Quinnell has been missing since Monday.', 'Taylor Quinnell');
  assert.equal(person.gender, undefined);
  assert.match(person.review?.reason ?? '', /gives the gender/);
});

test('near misses: a pronoun in the sentence before, or after another person\'s name, is not read', () => {
  assert.equal(named('The minister said he had no plan. Yvette Cooper told lawmakers the plan failed.', 'Yvette Cooper').gender, 'f');
  // "he" is Sunak's, not Braverman's; her given name decides.
  assert.equal(named('Suella Braverman wrote to Rishi Sunak that he had no plan.', 'Suella Braverman').gender, 'f');
  assert.equal(named('Taylor Quinnell wrote to Rishi Sunak that he had no plan.', 'Taylor Quinnell').gender, undefined);
});

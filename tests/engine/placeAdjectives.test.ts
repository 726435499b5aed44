/**
 * Probes of the `event-place` rule's places named by a nationality adjective, written before their
 * fix: an event put "in an Algerian village", «في قرية جزائرية» or «قرى جزائرية» after a verb of
 * striking, where the fact base puts it in Morocco, is put in the wrong country; the right country's
 * adjective, an adjective on a person or an organisation ("an Algerian official", «مسؤول جزائري»,
 * the Algerian government), and a place noun with no event near stay clean. Against the shared
 * story ar-disaster (the Al Haouz earthquake) and ar-education (results announced in Tunis).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const quake: Checker = createChecker([fixtureFactBase('stories/ar-disaster', 'al-haouz-earthquake.factbase.json', 'article.ar.txt')], { scope: 'all' });

/** The `event-place` findings of a draft as "text → fix". */
function flagged(draft: string): string[] {
  return quake
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-place')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

test('an event put in a place of another country by a nationality adjective', () => {
  assert.deepEqual(flagged('ضرب الزلزال قرى جزائرية ليل الجمعة.'), ['جزائرية → مغربية']);
  assert.deepEqual(flagged('الزلزال الذي ضرب قرى جزائرية ليل الجمعة أودى بحياة 2946 شخصاً.'), ['جزائرية → مغربية']);
  assert.deepEqual(flagged('The earthquake struck Algerian villages late on Friday.'), ['Algerian → Moroccan']);
  assert.deepEqual(flagged('The earthquake struck Algerian mountain villages late on Friday.'), ['Algerian → Moroccan']);
});

test('an event word backed by another event\'s word of the story places its event by a nationality adjective', () => {
  assert.deepEqual(flagged('انهارت منازل كثيرة في قرية جزائرية جراء الزلزال.'), ['جزائرية → مغربية']);
  assert.deepEqual(flagged('Many houses collapsed in an Algerian village in the earthquake.'), ['Algerian → Moroccan']);
});

test('the right country, a person or an organisation of another country stay clean', () => {
  assert.deepEqual(flagged('انهارت منازل كثيرة في قرية مغربية جراء الزلزال.'), []);
  assert.deepEqual(flagged('ضرب الزلزال قرى مغربية ليل الجمعة.'), []);
  assert.deepEqual(flagged('Many houses collapsed in a Moroccan village after the earthquake.'), []);
  assert.deepEqual(flagged('قال مسؤول جزائري إن الزلزال ضرب إقليم الحوز.'), []);
  assert.deepEqual(flagged('An Algerian official said the earthquake struck Al Haouz province.'), []);
  assert.deepEqual(flagged('وأرسلت الحكومة الجزائرية فرق إنقاذ إلى المناطق التي ضربها الزلزال.'), []);
  assert.deepEqual(flagged('Rescue teams from an Algerian city arrived after the earthquake.'), []);
});

const fire: Checker = createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' });

/** The `event-place` findings of a draft about the Swansea fire as "text → fix". */
function flaggedFire(draft: string): string[] {
  return fire
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-place')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

test('an event put in another nation of the United Kingdom by its adjective', () => {
  assert.deepEqual(flaggedFire('The fire broke out at a recycling plant in a Scottish town early on Wednesday.'), ['Scottish → Welsh']);
  assert.deepEqual(flaggedFire('The blaze tore through a recycling plant in an English city.'), ['English → Welsh']);
  assert.deepEqual(flaggedFire('اندلع الحريق في مصنع لإعادة التدوير في مدينة اسكتلندية فجر الأربعاء.'), ['اسكتلندية → ويلزية']);
});

test('the right nation, the United Kingdom, and a nation\'s people or bodies stay clean', () => {
  assert.deepEqual(flaggedFire('The fire broke out at a recycling plant in a Welsh city early on Wednesday.'), []);
  assert.deepEqual(flaggedFire('The fire broke out at a recycling plant in a British city early on Wednesday.'), []);
  assert.deepEqual(flaggedFire('اندلع الحريق في مصنع لإعادة التدوير في مدينة ويلزية فجر الأربعاء.'), []);
  assert.deepEqual(flaggedFire('A Scottish firefighter said the fire broke out in Llansamlet.'), []);
  assert.deepEqual(flaggedFire('The Welsh Government said the fire broke out in a Swansea district.'), []);
  assert.deepEqual(flaggedFire('Firefighters from an English town helped put out the fire.'), []);
});

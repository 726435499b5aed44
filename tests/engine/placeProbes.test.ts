/**
 * Probes of the place checks written in new wordings against the dev story en-fire (a fire in the
 * Llansamlet district of Swansea) and the shared story ar-disaster (the Al Haouz earthquake): a
 * place of another event of the story named for the event, a country or city as the object of a
 * verb of striking («ضرب الزلزال الجزائر», "the fire hit Cardiff"), an event said to occur with no
 * other word to back its trigger («وقع الزلزال في الجزائر»), a town put in the wrong county by a
 * comma ("Llansamlet, Neath Port Talbot"), a place before the noun it locates ("a Cardiff recycling
 * plant"). Each with true restatements and near misses that stay clean: the right place, a place
 * that contains it ("in Morocco", "in Wales"), another occasion, a place of the story's other event.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const PLACE_RULES = new Set(['event-place', 'place-containment', 'organisation-seat']);

/** A checker of every draft against one fixture story's fact base. */
function load(dir: string, factBase: string, article: string): Checker {
  return createChecker([fixtureFactBase(dir, factBase, article)], { scope: 'all' });
}

const fire = load('dev-stories/en-fire', 'editor.factbase.json', 'article.en.txt');
const quake = load('stories/ar-disaster', 'al-haouz-earthquake.factbase.json', 'article.ar.txt');

/** The place findings of a draft as `flagged text`. */
function flagged(checker: Checker, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => PLACE_RULES.has(finding.ruleId))
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
}

test('a place of another event of the story, named for this event, is flagged', () => {
  assert.deepEqual(flagged(fire, 'The blaze broke out in Cardiff.'), ['Cardiff']);
  assert.deepEqual(flagged(fire, 'Gareth Howells visited the site in Port Talbot on Thursday.'), ['Port Talbot']);
  // An event tied only by the sentence restating its article sentence: a place the article never
  // names is flagged; one the article names elsewhere gets the benefit of the doubt.
  assert.deepEqual(flagged(quake, 'انهارت منازل كثيرة في فاس.'), ['فاس']);
  assert.deepEqual(flagged(quake, 'انهارت منازل كثيرة في أغادير.'), []);
});

test('the event\'s own place, a place containing it, and another event in its own place stay clean', () => {
  assert.deepEqual(flagged(fire, 'The blaze broke out in Swansea.'), []);
  assert.deepEqual(flagged(fire, 'The blaze broke out in Wales.'), []);
  assert.deepEqual(flagged(fire, 'Gareth Howells will make a statement to the Senedd in Cardiff on Tuesday.'), []);
  assert.deepEqual(flagged(fire, 'Gwalia Recycling, which is based in Port Talbot, apologised on Wednesday.'), []);
  assert.deepEqual(flagged(quake, 'انهارت منازل كثيرة في إقليم الحوز.'), []);
  assert.deepEqual(flagged(quake, 'ويظل زلزال أغادير، الذي وقع عام 1960، الأشد فتكاً في تاريخ المغرب.'), []);
});

test('a country or city as the object of a verb of striking is the event\'s place', () => {
  assert.deepEqual(flagged(quake, 'ضرب الزلزال الجزائر ليل الجمعة.'), ['الجزائر']);
  assert.deepEqual(flagged(quake, 'الزلزال الذي ضرب الجزائر أودى بحياة 2012 شخصاً.'), ['الجزائر']);
  assert.deepEqual(flagged(fire, 'The fire hit Cardiff early on Wednesday.'), ['Cardiff']);
  assert.deepEqual(flagged(quake, 'ضرب الزلزال المغرب ليل الجمعة.'), []);
  assert.deepEqual(flagged(quake, 'ضرب الزلزال إقليم الحوز ليل الجمعة.'), []);
  assert.deepEqual(flagged(fire, 'The fire hit Swansea early on Wednesday.'), []);
  // Not a place of the event: the verb's object is a person or a thing, or another occasion.
  assert.deepEqual(flagged(quake, 'ضرب زلزال الجزائر عام 1980 وقتل آلاف الأشخاص.'), []);
  // A landscape in the event's country may hold its place: the gazetteer cannot tell.
  assert.deepEqual(flagged(quake, 'ضرب الزلزال الأطلس الكبير ليل الجمعة.'), []);
  assert.deepEqual(flagged(quake, 'A powerful earthquake struck the High Atlas mountains late on Friday.'), []);
});

test('an event said to occur, with its trigger as the subject, is tied to its place', () => {
  assert.deepEqual(flagged(quake, 'وقع الزلزال في الجزائر ليل الجمعة.'), ['الجزائر']);
  assert.deepEqual(flagged(quake, 'وقعت الهزة في إقليم شيشاوة.'), ['إقليم شيشاوة']);
  assert.deepEqual(flagged(quake, 'وقع الزلزال في المغرب ليل الجمعة.'), []);
  assert.deepEqual(flagged(quake, 'وقع زلزال في الجزائر عام 1980.'), []);
});

test('a town put in the wrong county by a comma is flagged, its own county not', () => {
  assert.deepEqual(flagged(fire, 'The blaze broke out at Llansamlet, Neath Port Talbot.'), ['Neath Port Talbot']);
  assert.deepEqual(flagged(fire, 'The blaze broke out in Llansamlet, Swansea.'), []);
  assert.deepEqual(flagged(fire, 'Residents went to Neath Leisure Centre, Neath Port Talbot.'), []);
});

test('a place written before the noun it locates', () => {
  assert.deepEqual(flagged(fire, 'A fire at a Cardiff recycling plant forced 400 households from their homes.'), ['Cardiff']);
  assert.deepEqual(flagged(fire, 'A fire at a Swansea recycling plant forced 400 households from their homes.'), []);
});

const deal = load('stories/ar-economy', 'ras-el-hekma.factbase.json', 'article.ar.txt');

test('a country that signs is the trigger\'s subject, not the holder of the place after the object', () => {
  assert.deepEqual(flagged(deal, 'وقّعت مصر الاتفاق في دبي.'), ['دبي']);
  assert.deepEqual(flagged(deal, 'وقّعت مصر والإمارات الاتفاق في دبي.'), ['دبي']);
  assert.deepEqual(flagged(deal, 'وقّعت مصر والإمارات الاتفاق في العاصمة الإدارية الجديدة.'), []);
  assert.deepEqual(flagged(deal, 'وقّعت مصر الاتفاق مع القابضة، ومقرها أبوظبي، في العاصمة الإدارية الجديدة.'), []);
});

test('an organisation\'s seat in the article does not make the place of an event the article\'s', () => {
  assert.deepEqual(flagged(deal, 'Egypt signed the deal in Abu Dhabi on Friday.'), ['Abu Dhabi']);
  assert.deepEqual(flagged(deal, 'Egypt signed the deal with ADQ, the Abu Dhabi fund, on Friday.'), []);
  assert.deepEqual(flagged(deal, 'ومن أبوظبي، كتب أنور قرقاش أن مشروع رأس الحكمة خطوة نوعية.'), []);
});

/**
 * Sentence alignment through concepts (`lexicon/concepts.ts`): a draft sentence that restates an
 * article sentence in other words ("the blaze erupted" for «حريق اندلع») or in the other language
 * shares its content with it, so its date and place slots are compared. Concepts align a sentence
 * only when its own words align it with none, and only with the sentences that share the most with
 * it and share one of its names or figures. On an invented story (a
 * factory fire in Al Wakrah) so that no corpus sentence is involved; with near misses: the right
 * place and day, another occasion (a later day than the article's «أمس»), a day in the possessive
 * ("last week's blaze"), and another Latin spelling of a transliterated name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { CONCEPTS, conceptKey } from '../../engine/src/lexicon/concepts';
import { contentStem } from '../../engine/src/text/stem';
import { fold } from '../../engine/src/text/normalise';
import { tokenKey } from '../../engine/src/tokenKey';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = [
  'حريق في مصنع بمدينة الوكرة',
  '',
  'الدوحة – الثلاثاء 5 مارس 2024',
  '',
  'أعلنت وزارة الداخلية القطرية أمس مقتل ثلاثة عمال وإصابة 12 آخرين في حريق اندلع في مصنع للبلاستيك بمدينة الوكرة.',
  '',
  'وقال المتحدث باسم الوزارة حمد المري إن الشرطة أغلقت الطريق المؤدي إلى المصنع.',
].join('\n');
const cite = citer(ARTICLE);
const at = (text: string, nth: number) => {
  let start = -1;
  for (let n = 0; n < nth; n++) start = ARTICLE.indexOf(text, start + 1);
  return [{ start, end: start + text.length, text }];
};

const factBase = loadTestFactBase(
  {
    schemaVersion: 2,
    id: 'wakra-fire',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2024-03-05' },
    people: [{ id: 'marri', names: { ar: ['حمد المري'], en: ['Hamad al-Marri'] }, transliterated: true, gender: 'm', evidence: cite('حمد المري') }],
    posts: [{ id: 'marri-spokesman', holder: 'marri', role: 'spokesperson', organisation: 'moi', title: { ar: ['المتحدث باسم الوزارة'], en: ['ministry spokesman', 'spokesman'] }, evidence: cite('المتحدث باسم الوزارة حمد المري') }],
    organisations: [{ id: 'moi', names: { ar: ['وزارة الداخلية القطرية', 'وزارة الداخلية'], en: ['Interior Ministry'] }, kind: 'ministry', evidence: cite('وزارة الداخلية القطرية') }],
    places: [
      { id: 'qatar', names: { ar: ['قطر'], en: ['Qatar'] }, kind: 'country', evidence: cite('القطرية') },
      { id: 'wakra', names: { ar: ['الوكرة', 'مدينة الوكرة'], en: ['Al Wakrah', 'Wakrah'] }, kind: 'city', within: 'qatar', evidence: at('بمدينة الوكرة', 2) },
      { id: 'doha', names: { ar: ['الدوحة'], en: ['Doha'] }, kind: 'city', within: 'qatar', evidence: cite('الدوحة') },
    ],
    events: [
      {
        id: 'fire',
        names: { ar: ['حريق مصنع الوكرة'], en: ['the Al Wakrah factory fire'] },
        triggers: { ar: ['حريق'] },
        place: 'wakra',
        date: { year: 2024, month: 3, day: 4, weekday: 'mon', relative: 'أمس', derived: true },
        evidence: cite('حريق اندلع في مصنع للبلاستيك بمدينة الوكرة'),
      },
    ],
    quantities: [{ id: 'dead', value: 3, unit: 'count', noun: { ar: ['عمال'], en: ['workers'] }, evidence: cite('مقتل ثلاثة عمال') }],
  },
  'wakra-fire.factbase.json',
  ARTICLE,
);
const lines = findingLines(createChecker([factBase], { scope: 'all' }));

test('the words of one concept share one key in both languages, and other words keep their stem', () => {
  const key = (word: string) => conceptKey(contentStem(tokenKey(fold(word)))!);
  assert.equal(key('blaze'), key('حريق'));
  assert.equal(key('erupted'), key('اندلع'));
  assert.equal(key('killed'), key('مقتل'));
  assert.equal(key('announced'), key('أعلنت'));
  assert.notEqual(key('fire'), key('killed'));
  assert.equal(key('plastics'), contentStem('plastics'));
  assert.ok(CONCEPTS.size > 300);
});

test('an English sentence restating the Arabic article in other words has its place and day compared', () => {
  assert.deepEqual(lines('The Interior Ministry announced that a blaze which erupted at a plastics factory in Doha killed three workers.'), ['event-place: Doha → Al Wakrah']);
  assert.deepEqual(lines('The Interior Ministry said the blaze at the plastics factory in Al Wakrah broke out on Sunday.'), ['event-date: Sunday → Monday']);
});

test('the right place and day, another occasion and a day in the possessive are not flagged', () => {
  assert.deepEqual(lines('The Interior Ministry said the blaze at the plastics factory in Al Wakrah broke out on Monday.'), []);
  assert.deepEqual(lines('Doha hosted a trade fair on Sunday.'), []);
  // The article's toll is of «أمس» (Monday): a toll said for Wednesday is another day's.
  assert.deepEqual(lines('By Wednesday the Interior Ministry said five workers had been killed in the factory fire.'), []);
  assert.deepEqual(lines('The Interior Ministry said five workers had been killed in the factory fire.'), ['quantity: five → three']);
  assert.deepEqual(lines('The ministry said last week\'s blaze at the plastics factory in Al Wakrah killed three workers.'), []);
});

test('another Latin spelling of a transliterated name is the name; another name is not', () => {
  assert.deepEqual(lines('Hamad Merri, the ministry spokesman, said police closed the road.'), []);
  assert.deepEqual(lines('Hamad Al-Merri, the ministry spokesman, said police closed the road.'), []);
  // Before the title's name, too: the holder's other spelling is the holder (title-holder check).
  assert.deepEqual(lines('Ministry spokesman Hamad Merri said police closed the road.'), []);
  assert.deepEqual(lines('Interior Ministry spokesman Hamad Merri said police closed the road.'), []);
  assert.deepEqual(lines('Ministry spokesman Khalid Kuwari said police closed the road.'), ['post-holder: Khalid Kuwari → Hamad al-Marri']);
  assert.deepEqual(lines('Hamad Kuwari, the ministry spokesman, said police closed the road.'), ['name-spelling: Hamad Kuwari → Hamad al-Marri']);
});

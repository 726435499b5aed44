/**
 * A staff, member's or director's title's organisation named after a preposition of place
 * ("director of operations *at* the Moroccan Red Crescent", «مديرة العمليات *في* الهلال الأحمر
 * المغربي», «*لدى* …»): a known organisation right after the title's own words is where the title
 * is held, in both languages, and is compared with the person's when nothing else in the title is
 * wrong (a wrong post stays the finding). A place after the preposition (the post's area), a preposition after
 * a verb, and the right organisation pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { findingLines, fixtureFactBase } from './helpers';

const RULES = ['post-holder', 'affiliation'];
const disaster = findingLines(createChecker([fixtureFactBase('stories/ar-disaster', 'al-haouz-earthquake.factbase.json', 'article.ar.txt')], { scope: 'all' }), RULES);
const fire = findingLines(createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' }), RULES);

test('a known organisation after at, في or لدى is the title\'s, and another one than the person\'s is flagged', () => {
  for (const sentence of [
    'وقالت كارولين هولت، مديرة العمليات في الهلال الأحمر المغربي، إن الاحتياجات هائلة.',
    'وقالت كارولين هولت، مديرة العمليات لدى الهلال الأحمر المغربي، إن الاحتياجات هائلة.',
    'Caroline Holt, director of operations at the Moroccan Red Crescent, said needs were huge.',
  ]) {
    assert.ok(disaster(sentence).some((line) => line.startsWith('post-holder: ')), sentence);
  }
  assert.ok(fire('Catrin Lloyd, operations manager at South Wales Police, said water samples were taken.').some((line) => line.startsWith('post-holder: ')));
});

test('the right organisation, a place, or a preposition after a verb passes', () => {
  for (const sentence of [
    'وقالت كارولين هولت، مديرة العمليات في الاتحاد الدولي، إن الاحتياجات هائلة.',
    'وقال حسام الشرقاوي، المدير الإقليمي للاتحاد في الشرق الأوسط وشمال أفريقيا، إن الاحتياجات هائلة.',
    'وقال عبد اللطيف وهبي، وزير العدل في الحكومة المغربية، إن الحكومة ستعيد البناء.',
    'Caroline Holt, global director of operations at the IFRC, said needs were huge.',
    'Nasser Jebbour, head of department at the National Institute of Geophysics, said the quake was strong.',
    'Caroline Holt, director of operations, spoke at the Moroccan Red Crescent on Monday.',
  ]) {
    assert.deepEqual(disaster(sentence), [], sentence);
  }
  assert.deepEqual(fire('Catrin Lloyd, operations manager at Natural Resources Wales, said water samples were taken.'), []);
  assert.deepEqual(fire('Catrin Lloyd, operations manager for south-west Wales, spoke at Swansea Council on Monday.'), []);
});

/**
 * A fix writes the article's figure in the draft's own style of digits: the same thousands
 * separator and the same digits, so that applying it changes the value and nothing else.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, applyFixes } from '../../engine/src/index';
import { digitsLike } from '../../engine/src/messages/digits';
import { fixtureFactBase } from './helpers';

test('digitsLike keeps the draft\'s separator and digits', () => {
  assert.equal(digitsLike(45000, '54,000'), '45,000');
  assert.equal(digitsLike(45000, '54000'), '45000');
  assert.equal(digitsLike(1234567, '7,654,321'), '1,234,567');
  assert.equal(digitsLike(45000, '٥٤٬٠٠٠'), '٤٥٬٠٠٠');
  assert.equal(digitsLike(45000, '٥٤٠٠٠'), '٤٥٠٠٠');
  assert.equal(digitsLike(45000, '54\u202f000'), '45\u202f000');
  assert.equal(digitsLike(12.5, '١٤٫٥'), '١٢٫٥');
  // A figure under a thousand has no group to keep; a decimal point is not a separator.
  assert.equal(digitsLike(452, '1,250'), '452');
  assert.equal(digitsLike(2.5, '3.5'), '2.5');
});

test('a wrong figure\'s fix keeps its thousands separator and its digits', () => {
  const court = createChecker([fixtureFactBase('stories/en-court', 'uk-rwanda-ruling.factbase.json')]);
  const quake = createChecker([fixtureFactBase('stories/ar-disaster', 'al-haouz-earthquake.factbase.json', 'article.ar.txt')]);
  const fixed = (checker: ReturnType<typeof createChecker>, id: string, sentence: string) => {
    const text = `---\nstory: ${id}\n---\n${sentence}\n`;
    return applyFixes(text, checker.check(text).findings).text.split('\n')[3];
  };
  assert.equal(fixed(court, 'uk-rwanda-ruling', 'More than 54,000 people crossed the Channel in small boats last year.'), 'More than 45,000 people crossed the Channel in small boats last year.');
  assert.equal(fixed(court, 'uk-rwanda-ruling', 'More than 54000 people crossed the Channel in small boats last year.'), 'More than 45000 people crossed the Channel in small boats last year.');
  assert.equal(fixed(quake, 'al-haouz-earthquake', 'ارتفعت حصيلة القتلى إلى 2,496 شخصاً.'), 'ارتفعت حصيلة القتلى إلى 2,012 شخصاً.');
  assert.equal(fixed(quake, 'al-haouz-earthquake', 'ارتفعت حصيلة القتلى إلى ٢٬٤٩٦ شخصاً.'), 'ارتفعت حصيلة القتلى إلى ٢٬٠١٢ شخصاً.');
});

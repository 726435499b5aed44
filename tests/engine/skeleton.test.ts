/**
 * The one Latin folding behind two uses (`engine/src/text/skeleton.ts`): `SPELLING`, which tells
 * two Latin spellings of one Arabic name from two names (`mentions.ts` `latinSkeleton`), and
 * `CROSS_SCRIPT`, whose classes Arabic letters share for story detection (`scope/skeleton.ts`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CROSS_SCRIPT, SPELLING, latinConsonants } from '../../engine/src/text/skeleton';
import { latinSkeleton } from '../../engine/src/mentions';
import { arabicSkeleton, latinSkeletons } from '../../engine/src/scope/skeleton';

test('SPELLING: two transliterations of one name share a skeleton, two names do not', () => {
  assert.equal(latinSkeleton('haddadi'), latinSkeleton('hadadi'));
  assert.equal(latinSkeleton('elqasimi'), latinSkeleton('alkasimi'));
  assert.equal(latinSkeleton('jabouri'), latinSkeleton('gabbouri'));
  assert.equal(latinSkeleton('chakir'), latinSkeleton('shakir'));
  assert.equal(latinSkeleton('ghanem'), latinSkeleton('qanim'));
  assert.notEqual(latinSkeleton('haddadi'), latinSkeleton('hamdani'));
  // Every letter but the vowels, the glides, the ج ق ك غ letters, c and p stays itself: h stays.
  // Arabic writes a foreign p with ب (تشاباغاين, Chapagain), so p is b; a changed consonant is not.
  assert.equal(latinConsonants('bahri', SPELLING), 'bhr');
  assert.equal(latinSkeleton('chapagain'), latinSkeleton('chabagain'));
  assert.notEqual(latinSkeleton('bakri'), latinSkeleton('bakti'));
  // A French-trained c is s before e, i, y (Moncef) and k elsewhere.
  assert.equal(latinSkeleton('moncef'), latinSkeleton('monsef'));
  assert.equal(latinSkeleton('mocktar'), latinSkeleton('moktar'));
  // A French-trained dj is the j of ج (Djelouli, Jalouli; Hadjar, Hajjar); a d before another consonant stays.
  assert.equal(latinSkeleton('djelouli'), latinSkeleton('jalouli'));
  assert.equal(latinSkeleton('djamel'), latinSkeleton('gamal'));
  assert.equal(latinSkeleton('hadjar'), latinSkeleton('hajjar'));
  assert.notEqual(latinSkeleton('hadri'), latinSkeleton('hari'));
  // The article is dropped only before a word of three letters or more.
  assert.equal(latinSkeleton('alan'), 'ln');
  assert.equal(latinSkeleton('alhashimi'), latinSkeleton('hashimi'));
});

test('CROSS_SCRIPT: a Latin word and its Arabic spelling share a skeleton', () => {
  assert.deepEqual(latinSkeletons('tabrizi'), [arabicSkeleton('تبريزي')]);
  assert.deepEqual(latinSkeletons('chapman'), [arabicSkeleton('تشابمان')]);
  assert.deepEqual(latinSkeletons('fitzgerald'), [arabicSkeleton('فيتزجيرالد')]);
  // c before e, i or y is s, else k; x is k and s; th, dh, kh, ph are one consonant.
  assert.equal(latinConsonants('cecil', CROSS_SCRIPT), 'sl');
  assert.equal(latinConsonants('maxwell', CROSS_SCRIPT), 'mksl');
  assert.equal(latinConsonants('dhahabi', CROSS_SCRIPT), 'db');
  // An article gives two readings: with it (Alamein) and without it (al-Sharqawi).
  assert.deepEqual(latinSkeletons('alsharqawi'), ['lSrk', 'Srk']);
});

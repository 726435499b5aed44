/**
 * The editor's words a drawn quote keeps aside, (…) and […] (`draw/quotes.ts`, editorialParts):
 * each from its opening mark to the first closing one after it, in order, as the pattern
 * /\([^)]*\)|\[[^\]]*\]/g finds them, but in one pass (the pattern is quadratic in unclosed marks).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { editorialParts } from '../../engine/src/draw/quotes';

const byPattern = (text: string) => text.match(/\([^)]*\)|\[[^\]]*\]/g) ?? [];

test('the editor\'s brackets of a quotation, in order, up to the first closing mark', () => {
  assert.deepEqual(editorialParts('"We will (the ministry) rebuild [every] school"'), ['(the ministry)', '[every]']);
  assert.deepEqual(editorialParts('«سنعيد (الوزارة) بناء [كل] المدارس»'), ['(الوزارة)', '[كل]']);
  assert.deepEqual(editorialParts('a (b (c) d) e'), ['(b (c)']);
  assert.deepEqual(editorialParts('a [b (c] d)'), ['[b (c]']);
  assert.deepEqual(editorialParts('no brackets, or one left open ( here'), []);
  assert.deepEqual(editorialParts('(((( [x]'), ['[x]']);
});

test('the same parts as the pattern, on any text of brackets and letters', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('(', ')', '[', ']', 'a', ' ', 'ب'), { maxLength: 40 }), (chars) => {
      const text = chars.join('');
      assert.deepEqual(editorialParts(text), byPattern(text));
    }),
    { seed: 20_251_205, numRuns: 3000 },
  );
});

/**
 * The checks the Arabic stem probes share: the stem the aligner reads for a word as written, and a
 * test per group of words that must share one stem of three letters or more.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentStem } from '../../engine/src/text/stem';
import { fold } from '../../engine/src/text/normalise';
import { tokenKey } from '../../engine/src/tokenKey';

/** The content stem of a word as written (folded and keyed as a draft's token is). */
export const stemOf = (word: string): string | undefined => contentStem(tokenKey(fold(word)));

/** Words that must share one stem, with the reason when they do not yet. */
export interface StemGroup {
  words: string[];
  todo?: string;
}

/** A test of each group: its words share one stem of three letters or more. */
export function sameStems(groups: readonly StemGroup[]): void {
  for (const { words, todo } of groups) {
    test(`one stem for ${words.join('، ')}`, todo ? { todo } : {}, () => {
      const stemsSeen = words.map(stemOf);
      assert.deepEqual(stemsSeen, words.map(() => stemsSeen[0]));
      assert.ok(stemsSeen[0] && stemsSeen[0].length >= 3, `stem ${String(stemsSeen[0])}`);
    });
  }
}

/**
 * English verbs that with a given word after them name another act than the verb's own event:
 * "opened fire" is shooting, not an opening; "returned fire" shooting back, not a return; "struck a
 * deal" an agreement, not a strike; "hit out at" a criticism; "ended up" no ending; "cut ties" a
 * break, not a cut. The phrases are those the dictionaries list as idioms and phrasal verbs
 * (Oxford Learner's, Cambridge); each verb is given by its base, and its other forms are read from
 * it (`text/verbForms.ts`).
 */
import { formsOfBase, verbFormList } from '../text/verbForms';

const IDIOMS: readonly { verb: string; after: readonly string[] }[] = [
  { verb: 'open', after: ['fire'] },
  { verb: 'return', after: ['fire'] },
  { verb: 'strike', after: ['a', 'deal'] },
  { verb: 'strike', after: ['an', 'agreement'] },
  { verb: 'hit', after: ['out'] },
  { verb: 'end', after: ['up'] },
  { verb: 'cut', after: ['ties'] },
];

/** Each form of an idiom's verb (opened, opens) → the words that may follow it in the idiom. */
const BY_FORM = new Map<string, (readonly string[])[]>();
for (const { verb, after } of IDIOMS) {
  for (const form of verbFormList(formsOfBase(verb))) BY_FORM.set(form, [...(BY_FORM.get(form) ?? []), after]);
}

/**
 * The length in words of the idiom that the folded English words `keys` begin at index i (opened
 * fire: 2; struck a deal: 3), or 0 when none does.
 */
export function idiomLength(keys: (k: number) => string | undefined, i: number): number {
  const after = (BY_FORM.get(keys(i) ?? '') ?? []).find((words) => words.every((word, k) => keys(i + 1 + k) === word));
  return after ? after.length + 1 : 0;
}

/** Whether the folded English words `keys` begin an idiom at index i (opened fire, struck a deal). */
export function idiomAt(keys: (k: number) => string | undefined, i: number): boolean {
  return idiomLength(keys, i) > 0;
}

/** Whether word k is one of the words after an idiom's verb (fire in "opened fire", deal in "struck a deal"). */
export function afterIdiomVerb(keys: (k: number) => string | undefined, k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - 3); i--) if (idiomLength(keys, i) > k - i) return true;
  return false;
}

/**
 * `quantity`, a part of another nationality: a count whose fact the article qualifies by a
 * nationality («4 شركات مغربية», 4 Scottish firms) is not what a draft counts when a word of
 * another nationality stands right beside the draft's noun ("3 English firms", «3 شركات
 * إسبانية»): that is another part of the whole, which the fact base does not give.
 */
import type { Token } from '../../analysis';
import type { Quantity } from '../../factBase/schema';
import type { NumberExpression } from '../../extract/numbers';
import { NATION_ADJECTIVES, NATIONALITIES } from '../../lexicon/words';
import { wordKey } from '../../tokenKey';
import { withoutArticle } from './labels';

let byKey: Map<string, string> | undefined;

/** The nationality (a country code or a nation's id) of each folded form of its adjective, with and without the article. */
function nationalityKeys(): Map<string, string> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const table of [NATIONALITIES, NATION_ADJECTIVES]) {
    for (const [id, forms] of Object.entries(table)) {
      for (const form of [forms.ar.m, forms.ar.f, ...forms.ar.other, ...forms.en]) {
        const key = wordKey(form);
        byKey.set(key, id);
        byKey.set(withoutArticle(key), id);
      }
    }
  }
  return byKey;
}

/** The nationality a word names, if it is an adjective of one (with or without its article). */
function nationalityOfKey(key: string): string | undefined {
  const keys = nationalityKeys();
  return keys.get(key) ?? keys.get(withoutArticle(key));
}

const ownOf = new WeakMap<Quantity, Set<string>>();

/** The nationalities a fact's qualifier names. */
function ownNationalities(q: Quantity): Set<string> {
  let own = ownOf.get(q);
  if (!own) {
    own = new Set([...(q.qualifier?.ar ?? []), ...(q.qualifier?.en ?? [])].map((word) => nationalityOfKey(wordKey(word))).filter((id): id is string => !!id));
    ownOf.set(q, own);
  }
  return own;
}

/**
 * Whether a word of tokens [`from`, `to`) in the clause of token `at` names another nationality
 * than the one the fact's qualifier names.
 */
function otherNationalityIn(tokens: readonly Token[], from: number, to: number, at: number, q: Quantity): boolean {
  const own = ownNationalities(q);
  if (own.size === 0) return false;
  for (let k = Math.max(0, from); k < to && k < tokens.length; k++) {
    if (tokens[k]!.clause !== tokens[at]!.clause) continue;
    const id = nationalityOfKey(tokens[k]!.key);
    if (id && !own.has(id)) return true;
  }
  return false;
}

/** Whether the word right before or right after the draft's noun at token `i` names another nationality than the fact's. */
export function otherNationality(tokens: readonly Token[], i: number, q: Quantity): boolean {
  return otherNationalityIn(tokens, i - 1, i, i, q) || otherNationalityIn(tokens, i + 1, i + 2, i, q);
}

/** Whether one of the two words after a count's figure (3 English firms, «3 شركات إسبانية») names another nationality than the fact's. */
export function otherNationalityAfter(tokens: readonly Token[], number: NumberExpression, q: Quantity): boolean {
  return otherNationalityIn(tokens, number.tokenEnd, number.tokenEnd + 2, number.tokenStart, q);
}

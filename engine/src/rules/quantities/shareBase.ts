/**
 * `quantity`, shares of another base. A percentage or a fraction is a share of a base: "60 per
 * cent of them women" and «60 في المئة منهم نساء» give the share of the trainees who are women,
 * with the fact's noun as what the share is; "half of our women" and «نصف النساء» give a share
 * whose base is the fact's noun itself, a share of all women, which that fact says nothing of.
 * Such a share is not compared with a fact whose evidence gives its share of a pronoun (of them,
 * «منهم»); it is with any other (45 per cent of the women, «45 في المئة من النساء»).
 */
import type { Analysis, Token } from '../../analysis';
import { nameKeys, tokenStems } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import { SHARE_BASE_DETERMINERS, SHARE_BASE_OPENERS, SHARE_BASE_PRONOUNS, SHARE_BASE_PRONOUN_WORDS } from '../../lexicon/numbers';
import { wordKey } from '../../tokenKey';
import { namesInOtherLanguage } from './otherLanguageNouns';

const OPENERS: ReadonlySet<string> = new Set(SHARE_BASE_OPENERS.map(wordKey));
const DETERMINERS: ReadonlySet<string> = new Set(SHARE_BASE_DETERMINERS.map(wordKey));
const PRONOUNS: ReadonlySet<string> = new Set(SHARE_BASE_PRONOUNS.map(wordKey));
const PRONOUN_WORDS: ReadonlySet<string> = new Set(SHARE_BASE_PRONOUN_WORDS.map(wordKey));

/** The first words of the fact's nouns in both languages, folded, without an Arabic article. */
function nounFirsts(fact: Quantity): Set<string> {
  const firsts = new Set<string>();
  for (const noun of [...(fact.noun?.ar ?? []), ...(fact.noun?.en ?? [])]) {
    const key = nameKeys(noun)[0];
    if (!key || key.length < 2) continue;
    firsts.add(key);
    if (key.startsWith('ال') && key.length > 3) firsts.add(key.slice(2));
  }
  return firsts;
}

/** Whether a draft's word is one of the fact's nouns (by its key, a stem, or the other language's word). */
function isNoun(token: Token, firsts: ReadonlySet<string>, fact: Quantity): boolean {
  if (firsts.has(token.key)) return true;
  if (tokenStems(token).some((s) => firsts.has(s.stem) || (s.stem.startsWith('ال') && firsts.has(s.stem.slice(2))))) return true;
  return namesInOtherLanguage(token, fact);
}

/**
 * Whether the evidence gives its share of a pronoun, a base the article named before: "of them",
 * "of whom", «منهم». Then the fact's noun in it is what the share is (60 per cent of them women),
 * not its base. Any other evidence keeps the share compared (45 per cent of the women, «ثلثي
 * التكلفة», of the most urgent calls).
 */
function evidenceOfPronoun(fact: Quantity): boolean {
  const keys = nameKeys(fact.evidence.map((range) => range.text).join(' '));
  return keys.some((key, i) => PRONOUN_WORDS.has(key) || (PRONOUNS.has(key) && i > 0 && OPENERS.has(keys[i - 1]!)));
}

/**
 * Whether a share of the draft (a percentage or a fraction, its tokens ending before `end`) is a
 * share of the fact's noun itself while the fact's evidence gives its noun as what its share is,
 * of another base: then the draft's share is not the fact's figure. A percentage names its base
 * after "of" or «من» only (30 per cent women, «30 في المئة نساء», say what the share is); a fraction
 * names it right after itself too (half the women, «نصف النساء»).
 */
export function shareOfOtherBase(analysis: Analysis, end: number, fact: Quantity, fraction: boolean): boolean {
  const tokens = analysis.tokens;
  const last = tokens[end - 1];
  if (!last) return false;
  const firsts = nounFirsts(fact);
  let k = end;
  if (OPENERS.has(tokens[k]?.key ?? '')) k++;
  else if (!fraction) return false;
  while (DETERMINERS.has(tokens[k]?.key ?? '') && tokens[k]!.script === 'latin') k++;
  const base = tokens[k];
  // A pronoun (of them) is a base the sentence named before, whatever noun a drawn fact gives.
  if (!base || base.sentence !== last.sentence || base.clause !== last.clause || PRONOUNS.has(base.key) || !isNoun(base, firsts, fact)) return false;
  return evidenceOfPronoun(fact);
}

/**
 * `quantity`, lengths of one dimension: a fact of a length whose nouns name its dimension (a quay
 * 1,250 metres long, drawn with the quay and «طول» as its nouns) is compared only with a length
 * that says no other dimension; a fact whose nouns name none (4 metres of mud) is compared as before.
 * "The quay is 14 metres deep", «الرصيف بعمق 14 متراً» and "20 metres wide" measure another
 * dimension of the same work than the fact's, so they are neither its figure nor a wrong one.
 */
import type { Analysis, Token } from '../../analysis';
import type { Entity } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import { DIMENSION_WORDS } from '../../lexicon/units';
import { wordKey } from '../../tokenKey';

/** Each dimension word (folded) → the index of its dimension in `DIMENSION_WORDS`. */
const DIMENSION_OF: ReadonlyMap<string, number> = new Map(DIMENSION_WORDS.flatMap((forms, index) => forms.map((form) => [form, index] as const)));

/** The dimension a token says, also behind a clitic (بعمق, وعرض), if any. */
function dimensionAt(token: Token | undefined): number | undefined {
  if (!token) return undefined;
  const own = DIMENSION_OF.get(token.key);
  if (own !== undefined || token.script !== 'ar') return own;
  return /^[وب]/.test(token.key) ? DIMENSION_OF.get(token.key.slice(1)) : undefined;
}

const factDimensions = new WeakMap<Entity<Quantity>, ReadonlySet<number>>();

/** The dimensions the words of the fact's own nouns say (طول, long; بعد of على بعد), none for a noun such as mud. */
function dimensionsOf(fact: Entity<Quantity>): ReadonlySet<number> {
  let known = factDimensions.get(fact);
  if (!known) {
    const nouns = [...(fact.fact.noun?.ar ?? []), ...(fact.fact.noun?.en ?? [])].flatMap((noun) => noun.split(/\s+/)).map((word) => DIMENSION_OF.get(wordKey(word)));
    known = new Set(nouns.filter((index): index is number => index !== undefined));
    factDimensions.set(fact, known);
  }
  return known;
}

/**
 * Whether the length the noun at token `noun` is tied to (its number from `numberStart`, its unit
 * ending before `unitEnd`) says a dimension the fact does not measure: a dimension word between
 * the noun and the number, or right after the unit.
 */
export function otherDimension(analysis: Analysis, fact: Entity<Quantity>, noun: number, numberStart: number, unitEnd: number): boolean {
  const tokens = analysis.tokens;
  const own = dimensionsOf(fact);
  // A fact whose nouns say no dimension (4 metres of mud) is not told from another by one.
  if (own.size === 0) return false;
  const between = noun < numberStart ? tokens.slice(noun + 1, numberStart) : [];
  const after = tokens[unitEnd]?.sentence === tokens[numberStart]!.sentence ? [tokens[unitEnd]] : [];
  return [...between, ...after].some((token) => {
    const dimension = dimensionAt(token);
    return dimension !== undefined && !own.has(dimension);
  });
}

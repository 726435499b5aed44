/**
 * Which of the facts an amount is tied to it may mean, read from the amount's own sentence: the
 * direction of its change (a fall is not the article's rise), the organisation or person it
 * belongs to (Halden's shares are not Marlow's), and the noun it stands nearest (a rise in profit is
 * not the restated sentence's rise in revenue). Used by `quantities/amounts.ts`.
 */
import type { Analysis, Token } from '../../analysis';
import { tokenStems, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import type { Amount } from '../../extract/amounts';
import { mentions } from '../../mentions';
import { FALL_WORDS, RISE_WORDS } from '../../lexicon/changes';
import { wordKey } from '../../tokenKey';

type Direction = 'rise' | 'fall';

const DIRECTIONS = new Map<string, Direction>([...RISE_WORDS.map((word) => [wordKey(word), 'rise'] as const), ...FALL_WORDS.map((word) => [wordKey(word), 'fall'] as const)]);

/** The direction of a word of change (rose, fell; ارتفع، انخفض), its Arabic clitics stripped. */
export function directionOf(token: Token | undefined): Direction | undefined {
  if (!token) return undefined;
  const direct = DIRECTIONS.get(token.key);
  if (direct) return direct;
  if (token.script !== 'ar') return undefined;
  for (const { stem } of tokenStems(token)) {
    const found = DIRECTIONS.get(stem);
    if (found) return found;
  }
  return undefined;
}

/** The direction of the change an amount gives: a word up to four words before it, or right after it, in its clause. */
export function amountDirection(analysis: Analysis, amount: Amount): Direction | undefined {
  const tokens = analysis.tokens;
  const clause = tokens[amount.number.tokenStart]!.clause;
  for (let k = amount.number.tokenStart - 1; k >= Math.max(0, amount.number.tokenStart - 4); k--) {
    if (tokens[k]!.clause !== clause) break;
    const direction = directionOf(tokens[k]);
    if (direction) return direction;
  }
  const after = tokens[amount.tokenEnd];
  return after && after.clause === clause ? directionOf(after) : undefined;
}

/** The direction of a fact's change, from the words of its evidence (one direction only). */
function factDirection(fact: Quantity): Direction | undefined {
  const found = new Set<Direction>();
  for (const range of fact.evidence) {
    for (const word of range.text.split(/[\s,،.؛;:()«»"“”]+/)) {
      const key = wordKey(word);
      const direction = DIRECTIONS.get(key) ?? DIRECTIONS.get(key.replace(/^[وف]/, '').replace(/^(ب|ل|ال|بال|لل)/, ''));
      if (direction) found.add(direction);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The facts whose change goes the draft's way, or has no way (all of them when the draft gives none). */
export function sameDirection(facts: Entity<Quantity>[], direction: Direction | undefined): Entity<Quantity>[] {
  if (!direction) return facts;
  return facts.filter((fact) => {
    const own = factDirection(fact.fact);
    return !own || own === direction;
  });
}

/**
 * Drops the facts that belong to an organisation or person the sentence does not name, when it
 * names another that has figures of this kind: "Halden's shares rose 5%" is Halden's, not Marlow's.
 */
export function ownSubjects(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, facts: Entity<Quantity>[], ofKind: Entity<Quantity>[]): Entity<Quantity>[] {
  const named = new Set(mentions(analysis, knowledge).filter((mention) => (mention.kind === 'organisation' || mention.kind === 'person') && analysis.tokens[mention.tokenStart]!.sentence === sentence).map((mention) => mention.entity));
  if (named.size === 0) return facts;
  const ownerOf = (fact: Entity<Quantity>) => {
    const subject = fact.fact.subject ? knowledge.resolve(fact, fact.fact.subject) : undefined;
    return subject && (subject.kind === 'organisation' || subject.kind === 'person') ? subject.key : undefined;
  };
  if (!ofKind.some((fact) => { const owner = ownerOf(fact); return !!owner && named.has(owner); })) return facts;
  return facts.filter((fact) => {
    const owner = ownerOf(fact);
    return !owner || named.has(owner);
  });
}

/**
 * Whether the fact noun nearest the amount in its clause names none of `facts` (but another
 * amount's or percentage's fact): the amount is that other thing's ("pre-tax profit rose 10%" beside a
 * restated rise in revenue). A count's noun beside a sum is what the sum is for («32 مليون ريال
 * لمشاريع الصرف الصحي», for the projects), not another sum's noun.
 */
export function nearestNounElsewhere(analysis: Analysis, knowledge: KnowledgeIndex, amount: Amount, facts: Entity<Quantity>[]): boolean {
  const tokens = analysis.tokens;
  const clause = tokens[amount.number.tokenStart]!.clause;
  const wanted = new Set(facts);
  for (let distance = 1; distance <= 6; distance++) {
    for (const k of [amount.number.tokenStart - distance, amount.tokenEnd - 1 + distance]) {
      const token = tokens[k];
      if (!token || token.clause !== clause) continue;
      const named = tokenStems(token).flatMap(({ stem }) => knowledge.quantityNouns.get(stem) ?? []).filter((fact) => fact.fact.unit === 'money' || fact.fact.unit === 'percent');
      if (named.length === 0) continue;
      return !named.some((fact) => wanted.has(fact));
    }
  }
  return false;
}

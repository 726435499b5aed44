/**
 * `quantity`, a change is not a level: "rose by 3 points to 12%" gives the change (3) and the
 * level it reached (12). A draft's figure of change ("by 3%", "up 3%", «بنسبة 3 في المئة» after a
 * verb of change, «بمقدار») is compared only with the article's figures of change, and a level
 * ("to 12%", "stands at", «إلى», «لتبلغ») only with its levels, in both languages and across them.
 * The words are `lexicon/changes.ts`; used by `quantities/amounts.ts`.
 */
import type { Token } from '../../analysis';
import type { Entity } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import { numbers } from '../../extract/numbers';
import { CHANGE_AFTER_CHANGE_WORD, CHANGE_BEFORE, LEVEL_BEFORE, LEVEL_NOT_AFTER } from '../../lexicon/changes';
import { wordKey } from '../../tokenKey';
import { directionOf } from './amountTies';
import { evidenceClauses } from './evidenceClause';

export type FigureRole = 'change' | 'level';

const CHANGE = new Set(CHANGE_BEFORE.map(wordKey));
const CHANGE_AFTER_WORD = new Set(CHANGE_AFTER_CHANGE_WORD.map(wordKey));
const LEVEL = new Set(LEVEL_BEFORE.map(wordKey));
const NOT_LEVEL = new Set(LEVEL_NOT_AFTER.map(wordKey));

/** A token's key without an Arabic conjunction before it («وبنسبة», «فإلى»). */
function bareKey(token: Token): string {
  return token.script === 'ar' && token.key.length > 3 ? token.key.replace(/^[وف]/, '') : token.key;
}

/** Whether a word of change stands up to six words before token `k`, in its clause. */
function changeWordBefore(tokens: readonly Token[], k: number): boolean {
  const clause = tokens[k]!.clause;
  for (let j = k - 1; j >= Math.max(0, k - 6) && tokens[j]!.clause === clause; j--) {
    if (directionOf(tokens[j])) return true;
  }
  return false;
}

/** The role of the figure starting at token `start`, read from the word right before it; undefined when it gives none. */
export function figureRole(tokens: readonly Token[], start: number): FigureRole | undefined {
  const before = tokens[start - 1];
  if (!before || before.clause !== tokens[start]!.clause) return undefined;
  const key = bareKey(before);
  if (CHANGE.has(key) || CHANGE.has(before.key)) return 'change';
  if (CHANGE_AFTER_WORD.has(key)) return changeWordBefore(tokens, start - 1) ? 'change' : undefined;
  // "a rise of 3%", "an increase of 3 points".
  if (key === 'of' && directionOf(tokens[start - 2]) && tokens[start - 2]!.clause === before.clause) return 'change';
  if (LEVEL.has(key)) {
    const earlier = tokens[start - 2];
    return earlier && NOT_LEVEL.has(earlier.key) ? undefined : 'level';
  }
  return undefined;
}

const factRoles = new WeakMap<Entity<Quantity>, FigureRole | null>();

/** The role the article gives a fact's figure in its evidence clause, when its figure there gives one role only. */
export function factRole(fact: Entity<Quantity>): FigureRole | undefined {
  const known = factRoles.get(fact);
  if (known !== undefined) return known ?? undefined;
  const clauses = evidenceClauses(fact);
  const roles = new Set<FigureRole | undefined>();
  for (const number of numbers(clauses)) {
    if (number.value === fact.fact.value) roles.add(figureRole(clauses.tokens, number.tokenStart));
  }
  const role = roles.size === 1 ? [...roles][0] : undefined;
  factRoles.set(fact, role ?? null);
  return role;
}

/** The facts whose figure may have the draft figure's role: all of them when the draft's gives none. */
export function sameRole(facts: Entity<Quantity>[], role: FigureRole | undefined): Entity<Quantity>[] {
  if (!role) return facts;
  return facts.filter((fact) => {
    const own = factRole(fact);
    return !own || own === role;
  });
}

/**
 * Whether the fact's evidence clause gives `value` as a change only ("rose by 45 to 312" gives 45):
 * a draft that gives that figure as the level reached ("rose to 45") has put the change in the
 * level's place, though the sentence it restates holds the figure.
 */
export function givenAsChange(fact: Entity<Quantity>, value: number): boolean {
  const clauses = evidenceClauses(fact);
  const roles = numbers(clauses).filter((number) => number.value === value).map((number) => figureRole(clauses.tokens, number.tokenStart));
  return roles.length > 0 && roles.every((role) => role === 'change');
}

/**
 * `quantity`, a part of a whole: "1,293 of the 2,012 deaths", "452 deaths out of 2,012", «1293
 * وفاة من أصل 2012». The noun counts both figures: the part is the figure of a place the sentence
 * names (a province's share of a toll), the whole is the figure of all of them; neither is a slip
 * for the other, and each is compared with its own facts.
 */
import type { Token } from '../../analysis';
import type { NumberExpression } from '../../extract/numbers';
import { wordKey } from '../../tokenKey';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import { ALONE_WORDS, SUBGROUP_WORDS } from '../../lexicon/numbers';

/** The words that join a part to its whole, in both languages (folded), longest first. */
const LINKS: readonly (readonly string[])[] = [
  ['out', 'of', 'the'],
  ['out', 'of'],
  ['of', 'the'],
  ['of'],
  ['من', 'أصل'],
  ['من', 'بين'],
  ['من', 'مجموع'],
  ['من', 'إجمالي'],
].map((link) => link.map((word) => wordKey(word)));

/** The part (when one is written) and the whole a noun counts. */
export interface PartWhole {
  part?: NumberExpression;
  whole: NumberExpression;
}

/** The length of the link that starts at token `at` in the clause `clause`, or 0. */
function linkAt(tokens: readonly Token[], at: number, clause: number): number {
  const link = LINKS.find((keys) => keys.every((key, k) => tokens[at + k]?.key === key && tokens[at + k]!.clause === clause));
  return link?.length ?? 0;
}

/**
 * The part and the whole of the count whose noun is token `noun`, `adjacent` being the number
 * right before it: "X of the Y NOUN" (the adjacent is the whole; X is its part unless X has a noun
 * of its own, «500 طفل من أصل 2012 قتيلاً»), or "X NOUN out of Y" (the adjacent is the part).
 * Undefined when the noun counts one figure.
 */
export function partAndWhole(tokens: readonly Token[], all: readonly NumberExpression[], adjacent: NumberExpression, noun: number): PartWhole | undefined {
  const clause = tokens[noun]!.clause;
  for (let length = 3; length >= 1; length--) {
    const at = adjacent.tokenStart - length;
    if (at < 1 || linkAt(tokens, at, clause) !== length) continue;
    const part = all.find((n) => n.tokenEnd === at && tokens[n.tokenStart]!.clause === clause);
    const counted = all.some((n) => n.tokenEnd === at - 1 && tokens[n.tokenStart]!.clause === clause);
    if (part || counted) return { part, whole: adjacent };
  }
  const length = adjacent.tokenEnd === noun ? linkAt(tokens, noun + 1, clause) : 0;
  const whole = length > 0 ? all.find((n) => n.tokenStart === noun + 1 + length && tokens[n.tokenStart]!.clause === clause) : undefined;
  return whole ? { part: adjacent, whole } : undefined;
}

/**
 * The figure of a part and a whole that `fact`, one of the `facts` the noun may mean, is compared
 * with: the fact nearest the whole's figure is the whole's (the quake's 2,012, the 152,480 who
 * sat); another fact of a place is the part's (Al Haouz's 1,293); any other is the
 * figure right before the noun, `adjacent`, as when no part is written. Undefined when the fact is
 * a place's and no part is written.
 */
export function partOrWhole(knowledge: KnowledgeIndex, split: PartWhole, fact: Entity<Quantity>, facts: readonly Entity<Quantity>[], adjacent: NumberExpression): NumberExpression | undefined {
  const placed = (one: Entity<Quantity>) => !!one.fact.subject && knowledge.resolve(one, one.fact.subject)?.kind === 'place';
  const gap = (one: Entity<Quantity>) => Math.abs(Math.log(split.whole.value / one.fact.value));
  // The whole's fact is the one nearest its figure, a place's too (500 of the 1,293 deaths in Al Haouz).
  const wholeFact = facts.filter((one) => one.fact.value > 0 && split.whole.value > 0).sort((a, b) => gap(a) - gap(b))[0];
  if (fact === wholeFact) return split.whole;
  return placed(fact) ? split.part : adjacent;
}

const OPENERS = SUBGROUP_WORDS.map((words) => words.map(wordKey));
const ALONE = new Set(ALONE_WORDS.map(wordKey));

/** How far after a part's figure, in words of its clause, the word that says "alone" may stand. */
const ALONE_REACH = 6;

/**
 * Whether the count `number` is a part of a whole its sentence gave before it with `fact`'s own
 * figure: the figure follows a word that opens a part (including, of which, «منها», «بينها») or
 * is marked as a place's share (in Barcelos alone, «في برسيلوس وحدها»). "120 homes, including
 * 40 homes in Barcelos alone" gives the article's 120 once; its 40 is another figure, a part.
 */
export function partOfGivenWhole(tokens: readonly Token[], all: readonly NumberExpression[], number: NumberExpression, fact: Quantity): boolean {
  const start = number.tokenStart;
  const sentence = tokens[start]!.sentence;
  const opened = OPENERS.some((keys) => keys.every((key, k) => tokens[start - keys.length + k]?.key === key && tokens[start - keys.length + k]!.sentence === sentence));
  const clause = tokens[start]!.clause;
  let alone = false;
  for (let k = number.tokenEnd; !alone && k < number.tokenEnd + ALONE_REACH && tokens[k]?.clause === clause; k++) alone = ALONE.has(tokens[k]!.key);
  if (!opened && !alone) return false;
  return (bySentence(tokens, all).get(sentence) ?? []).some((whole) => whole.tokenEnd <= start && whole.value === fact.value);
}

const sentenceFigures = new WeakMap<readonly NumberExpression[], Map<number, NumberExpression[]>>();

/** The figures of `all` by the sentence they stand in, read once per list. */
function bySentence(tokens: readonly Token[], all: readonly NumberExpression[]): Map<number, NumberExpression[]> {
  let map = sentenceFigures.get(all);
  if (!map) {
    map = new Map();
    for (const number of all) {
      const sentence = tokens[number.tokenStart]!.sentence;
      const list = map.get(sentence);
      if (list) list.push(number);
      else map.set(sentence, [number]);
    }
    sentenceFigures.set(all, map);
  }
  return map;
}

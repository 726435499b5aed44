/**
 * The hedge before a figure (more than, nearly, about, أكثر من, نحو …: `lexicon/numbers.ts`
 * `HEDGES`), and whether a hedged figure is true of an exact one. A hedge makes a figure a bound or
 * a rounding, so a draft's round "more than 150,000" is no contradiction of the article's 152,480.
 */
import type { Token } from '../analysis';
import { HEDGE_NEGATIONS, HEDGES, MAXIMUM_HEDGES } from '../lexicon/numbers';
import { wordKey } from '../tokenKey';

/** How a hedge bounds its figure. */
export type Hedge = 'above' | 'below' | 'near' | 'about';

const FOLDED = HEDGES.map((hedge) => ({ keys: hedge.words.map((word) => wordKey(word)), kind: hedge.kind }));
/** The most words a hedge takes («ما يزيد على»: 3). */
export const LONGEST_HEDGE = Math.max(...FOLDED.map(({ keys }) => keys.length));
const NEGATIONS: ReadonlySet<string> = new Set(HEDGE_NEGATIONS.map((word) => wordKey(word)));

/** The bound a negated bound gives: not above is at most (below), not below at least (above). */
const NEGATED: Partial<Record<Hedge, Hedge>> = { above: 'below', below: 'above' };

/**
 * How many words may stand between a negated verb of exceeding and its figure: an Arabic verb's
 * subject of up to four words («لم يتجاوز معدل التضخم السنوي 3 في المئة», «لم يزد عدد القتلى على 30»).
 * Other hedges stand at most two words before their figure.
 */
const NEGATED_GAP = 4;

/**
 * How many words may stand between an Arabic verb of exceeding or approaching and its figure, in
 * one clause: its subject with a phrase that narrows it («يتجاوز عدد المتعطلين عن العمل في المملكة
 * 400 ألف شخص»).
 */
const VERB_GAP = 6;

/**
 * Arabic hedges that are a verb of one word (تتجاوز, يفوق, يقارب, تناهز): their subject stands
 * between them and the figure («يتجاوز عدد المتعطلين عن العمل 400 ألف»), so they may stand up to
 * `VERB_GAP` words before it in its clause.
 */
const VERB_HEDGES: ReadonlySet<string> = new Set(FOLDED.filter(({ keys }) => keys.length === 1 && /^[يت]/.test(keys[0]!)).map(({ keys }) => keys[0]!));

/** The proclitics an Arabic hedge's first word may carry: «بأكثر من», «وبنحو», «لما يزيد على». */
const PROCLITICS = ['وب', 'فب', 'ول', 'فل', 'و', 'ف', 'ب', 'ل'];

/** Whether a token's key is the hedge word `key`, bare or (an Arabic word) behind a proclitic. */
function isHedgeWord(tokenKey: string, key: string, first: boolean): boolean {
  if (tokenKey === key) return true;
  if (!first || !/^[\u0621-\u064a]/.test(key)) return false;
  return PROCLITICS.some((clitic) => tokenKey.length === clitic.length + key.length && tokenKey.startsWith(clitic) && tokenKey.endsWith(key));
}

/**
 * How many words the longest hedge right before token `start` takes in its sentence (about: 1,
 * more than: 2, «ما يزيد على»: 3), 0 for none: the words between a noun and its figure that say
 * nothing of what the figure measures.
 */
export function hedgeLengthBefore(tokens: readonly Token[], start: number): number {
  const sentence = tokens[start]?.sentence;
  let longest = 0;
  for (const { keys } of FOLDED) {
    const from = start - keys.length;
    if (from < 0 || keys.length <= longest) continue;
    if (keys.every((key, k) => isHedgeWord(tokens[from + k]!.key, key, k === 0) && tokens[from + k]!.sentence === sentence)) longest = keys.length;
  }
  return longest;
}

/**
 * The kinds of hedge written before token `start` in its sentence: right before it, or up to two
 * words before it with no figure between («تجاوزت هذه السنة 70 في المئة»), four when negated. One word may open more
 * than one kind. An Arabic hedge may carry a proclitic («بأكثر من 200 ألف شخص»). A negation right
 * before a bound turns it (did not exceed, no more than, «لم يتجاوز»: at most; no fewer than: at
 * least); «ما لا يقل عن» stays the lower bound it is listed as.
 */
export function hedgesBefore(tokens: readonly Token[], start: number): Set<Hedge> {
  const out = new Set<Hedge>();
  const sentence = tokens[start]?.sentence;
  const clause = tokens[start]?.clause;
  for (let gap = 0; gap <= VERB_GAP; gap++) {
    const between = tokens.slice(start - gap, start);
    if (start - gap < 0 || between.some((token) => token.script === 'digit' || token.sentence !== sentence)) break;
    const oneClause = between.every((token) => token.clause === clause);
    for (const { keys, kind } of FOLDED) {
      const from = start - gap - keys.length;
      if (from < 0) continue;
      if (!keys.every((key, k) => isHedgeWord(tokens[from + k]!.key, key, k === 0) && tokens[from + k]!.sentence === sentence)) continue;
      const verb = oneClause && keys.length === 1 && VERB_HEDGES.has(keys[0]!) && tokens[from]!.clause === clause;
      if (gap > NEGATED_GAP && !verb) continue;
      // A negation right before the hedge turns its bound (did not exceed 5, «لم يتجاوز 5»: at most five).
      const negated = from > 0 && tokens[from - 1]!.sentence === sentence && NEGATIONS.has(tokens[from - 1]!.key) ? NEGATED[kind] : undefined;
      if (gap > 2 && !negated && !verb) continue;
      out.add(negated ?? kind);
    }
  }
  return out;
}

/**
 * Whether a round figure is the article's `fact` rounded, as copy gives figures unhedged («نجح 63
 * ألف مترشح» for 62,931; 1,300 for 1,293): the figure ends in at least two zeros, keeps at least
 * two significant digits, and is the fact rounded at its last one. A one-digit figure (2,000 for
 * 2,012) says too little to be a rounding without a hedge. A fact with decimals rounded to a whole
 * number of at least two digits (32 per cent for 31.6, «28 في المئة» for 28.2) is a rounding too.
 */
export function roundingOf(figure: number, fact: number): boolean {
  if (!Number.isInteger(figure) || figure <= 0 || figure === fact) return false;
  if (!Number.isInteger(fact)) return figure >= 10 && Math.round(fact) === figure;
  let place = 1;
  while (figure % (place * 10) === 0) place *= 10;
  if (place < 100 || figure / place < 10) return false;
  return Math.round(fact / place) * place === figure;
}

/**
 * Whether a figure is the article's `fact` with two neighbouring digits swapped (12,000 for 21,000,
 * 4.5 million for 5.4 million, «3400» for 4300): a slip of the figure, which a hedge before it
 * ("more than 12,000") does not make a weaker bound of the article's.
 */
export function swappedDigits(figure: number, fact: number): boolean {
  if (figure === fact || figure <= 0 || fact <= 0) return false;
  const a = String(figure);
  const b = String(fact);
  if (a.length !== b.length) return false;
  const differ: number[] = [];
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) differ.push(k);
  if (differ.length !== 2) return false;
  const [first, second] = differ as [number, number];
  return second === first + 1 && a[first] === b[second] && a[second] === b[first];
}

const MAXIMUM: readonly (readonly string[])[] = MAXIMUM_HEDGES.map((words) => words.map((word) => wordKey(word)));

/**
 * The hedges a figure at token `start` is compared with, given the facts it may be of: none where
 * the figure restates the maximum one of them gives ("up to 16 hours" where the article's fact is
 * up to 19 hours, `approx: 'up-to'`), as the draft then names another maximum, which no other fact's
 * length bounds; else those written before it (`hedgesBefore`).
 */
export function hedgesFor(tokens: readonly Token[], start: number, facts: readonly { approx?: string }[]): Set<Hedge> {
  if (facts.some((fact) => fact.approx === 'up-to') && givenAsMaximum(tokens, start)) return new Set();
  return hedgesBefore(tokens, start);
}

/** Whether a hedge of `MAXIMUM_HEDGES` ("up to") stands right before token `start` in its sentence. */
function givenAsMaximum(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]?.sentence;
  return MAXIMUM.some((keys) => start >= keys.length && keys.every((key, k) => tokens[start - keys.length + k]!.key === key && tokens[start - keys.length + k]!.sentence === sentence));
}

/**
 * Whether a figure hedged so is true of the article's `fact`: above it, up to twice the figure;
 * below it, down to half; near it, below and within a tenth; about it, within a tenth either way.
 * A round figure that is the fact rounded (`roundingOf`) agrees with no hedge at all.
 */
export function hedgeAgrees(hedges: ReadonlySet<Hedge>, figure: number, fact: number): boolean {
  if (swappedDigits(figure, fact)) return false;
  if (roundingOf(figure, fact)) return true;
  if (hedges.has('above') && fact > figure && fact <= figure * 2) return true;
  if (hedges.has('below') && fact < figure && fact >= figure / 2) return true;
  if (hedges.has('near') && fact <= figure && fact >= figure * 0.9) return true;
  return hedges.has('about') && Math.abs(fact - figure) <= Math.abs(figure) * 0.1;
}

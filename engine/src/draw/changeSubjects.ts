/**
 * The subject of a verb of change before an English percentage: "Ironbark shares fell 4.2%",
 * "Chile's economy grew 0.2%", "Annual inflation slowed to 3.9%", "The peso weakened 0.8%". The
 * percentage measures the noun right before the verb (shares, economy, inflation, peso), not the
 * verb, which drawing would otherwise take as the noun and mark unsure. Only a plain noun of the
 * verb's own clause is read: a name (Ironbark fell 4.2%), a pronoun or a relative clause between
 * the subject and the verb (Copper, which accounts for half of exports, fell 2.1%) gives none.
 */
import type { DrawContext } from './context';
import { FALL_WORDS, RISE_WORDS } from '../lexicon/changes';
import { key } from './words';

/** English verbs of change (lexicon/changes.ts), folded. */
const CHANGE_VERBS: ReadonlySet<string> = new Set([...RISE_WORDS, ...FALL_WORDS].filter((word) => /^[a-z]/.test(word)).map(key));

/** Words that may stand between the verb and the figure: fell by 2%, slowed to 3.9%, rose about 5%, grew a further 1%. */
const BETWEEN_VERB_AND_FIGURE: ReadonlySet<string> = new Set(['by', 'to', 'a', 'an', 'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'just', 'only', 'further', 'another', 'more', 'less', 'than', 'over', 'under']);

/** Auxiliaries and adverbs that may stand between the subject and the verb: shares had fallen, output sharply slowed. */
const BEFORE_VERB: ReadonlySet<string> = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'would', 'will', 'could', 'may', 'might', 'also', 'then', 'sharply', 'slightly', 'steeply', 'modestly', 'already']);

/** Words that are never the noun a figure measures: pronouns, determiners, relatives and conjunctions. */
const NOT_SUBJECTS: ReadonlySet<string> = new Set(['it', 'they', 'this', 'that', 'these', 'those', 'which', 'who', 'what', 'he', 'she', 'we', 'you', 'there', 'and', 'or', 'but', 'the', 'its', 'their', 'figure', 'number', 'total']);

/**
 * Heads too general to say alone what a figure measures (numbers, prices, levels): the plain noun
 * before them is kept with them (passenger numbers, food prices).
 */
const GENERAL_HEADS: ReadonlySet<string> = new Set(['numbers', 'number', 'figures', 'levels', 'level', 'prices', 'price', 'costs', 'cost', 'rates', 'rate', 'values', 'value', 'volumes', 'volume', 'sales', 'shares', 'stocks', 'index']);

/** Of those, the heads that say nothing alone (the numbers fell 12%): no subject without the noun before them. */
const VAGUE_HEADS: ReadonlySet<string> = new Set(['numbers', 'number', 'figures', 'levels', 'level', 'rates', 'rate', 'values', 'value', 'volumes', 'volume', 'index']);

/** How far back from the figure the verb may stand, and from the verb the subject. */
const REACH = 3;

/**
 * The noun that a verb of change before a percentage at token `at` has as its subject, as written
 * in lower case, if the sentence has that shape.
 */
export function changeSubject(ctx: DrawContext, at: number): string | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[at]?.clause;
  if (clause === undefined || tokens[at]!.script === 'ar') return undefined;
  let verb = at - 1;
  while (verb >= 0 && at - verb <= REACH && tokens[verb]!.clause === clause && BETWEEN_VERB_AND_FIGURE.has(tokens[verb]!.key)) verb--;
  if (verb < 0 || tokens[verb]!.clause !== clause || !CHANGE_VERBS.has(tokens[verb]!.key)) return undefined;
  let subject = verb - 1;
  while (subject >= 0 && verb - subject <= REACH && tokens[subject]!.clause === clause && BEFORE_VERB.has(tokens[subject]!.key)) subject--;
  const token = tokens[subject];
  if (!token || token.clause !== clause || token.script !== 'latin' || token.quote !== -1) return undefined;
  const word = ctx.word(subject).toLowerCase();
  if (!/^[a-z]{3,}$/.test(word) || NOT_SUBJECTS.has(word) || /ly$/.test(word) || CHANGE_VERBS.has(token.key)) return undefined;
  // A name is whose figure it is, not what it measures (Ironbark fell 4.2%, Chile grew 2%).
  if (ctx.personAt[subject] !== -1 || ctx.placeAt.has(subject) || ctx.orgAt.has(subject) || ctx.lexiconMentionAt(subject)) return undefined;
  // A capitalised word inside its sentence is a name too (Vantia grew 5%); one that opens the sentence may be a noun (Copper fell 2.1%).
  if (/^\p{Lu}/u.test(ctx.word(subject)) && subject > 0 && tokens[subject - 1]!.sentence === token.sentence) return undefined;
  const noun = GENERAL_HEADS.has(word) ? withModifier(ctx, subject, word) : word;
  // A noun the article also writes beside another percentage (pay rose 4% … a pay claim of 12%) may be of either figure;
  // so may any percentage of a sentence that gives another, which a draft restating the sentence may set beside it.
  return noun && !besideOtherPercentage(ctx, subject, at) && !otherPercentageInSentence(ctx, at) ? noun : undefined;
}

/**
 * A general head with the plain noun before it (passenger numbers, food prices); alone when a name
 * stands there (Ironbark shares) or nothing does, unless it says nothing alone (numbers).
 */
function withModifier(ctx: DrawContext, subject: number, word: string): string | undefined {
  const tokens = ctx.tokens;
  const modifier = tokens[subject - 1];
  if (!modifier || modifier.clause !== tokens[subject]!.clause || /['’]/.test(ctx.gap(subject - 1, subject))) return VAGUE_HEADS.has(word) ? undefined : word;
  // Capitalised only by its place, the sentence's first word is a plain noun (Passenger numbers fell 12%).
  const opens = subject - 1 === 0 || tokens[subject - 2]!.sentence !== modifier.sentence;
  const written = opens ? ctx.word(subject - 1).toLowerCase() : ctx.word(subject - 1);
  const named = ctx.personAt[subject - 1] !== -1 || ctx.placeAt.has(subject - 1) || ctx.orgAt.has(subject - 1) || !!ctx.lexiconMentionAt(subject - 1);
  if (named || !/^[a-z]{3,}$/.test(written) || NOT_SUBJECTS.has(written) || BETWEEN_VERB_AND_FIGURE.has(written)) return VAGUE_HEADS.has(word) ? undefined : word;
  return `${written} ${word}`;
}

/** Tokens either side of a noun in which a percentage is read as its figure (as the checker reads a draft's). */
const NOUN_WINDOW = 8;

/** More places of one noun than this make it too common to tie to one figure. */
const MOST_PLACES = 40;

/** Each drawing's token positions by word, built once. */
const placesByContext = new WeakMap<DrawContext, Map<string, number[]>>();

/** Whether a token is a figure written as a percentage (4%, 4 per cent). */
function percentageAt(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k]!;
  return token.script === 'digit' && /^\s*(%|per\s*cent|percent)/i.test(ctx.article.slice(token.oEnd, token.oEnd + 10));
}

/** Whether the word at token `subject` stands elsewhere in the article beside a percentage other than the one at `figure`. */
function besideOtherPercentage(ctx: DrawContext, subject: number, figure: number): boolean {
  const tokens = ctx.tokens;
  let places = placesByContext.get(ctx);
  if (!places) {
    places = new Map();
    for (const token of tokens) {
      if (token.script !== 'latin') continue;
      const list = places.get(token.key);
      if (list) list.push(token.index);
      else places.set(token.key, [token.index]);
    }
    placesByContext.set(ctx, places);
  }
  const own = places.get(tokens[subject]!.key) ?? [];
  if (own.length > MOST_PLACES) return true;
  for (const place of own) {
    if (place === subject) continue;
    for (let k = Math.max(0, place - NOUN_WINDOW); k < Math.min(tokens.length, place + NOUN_WINDOW + 1); k++) {
      if (k !== figure && tokens[k]!.sentence === tokens[place]!.sentence && percentageAt(ctx, k)) return true;
    }
  }
  return false;
}

/** How far either side of a figure its sentence is searched for another percentage. */
const SENTENCE_REACH = 60;

/**
 * Whether the sentence of the figure at token `figure` gives another percentage (Profits rose 22%
 * to £410 million, and the company's shares fell 3.4%): a draft restating that sentence is compared
 * with each of its figures, so a subject read for one of them would contradict the other's restatement.
 */
function otherPercentageInSentence(ctx: DrawContext, figure: number): boolean {
  const tokens = ctx.tokens;
  const sentence = tokens[figure]!.sentence;
  for (let k = Math.max(0, figure - SENTENCE_REACH); k < Math.min(tokens.length, figure + SENTENCE_REACH); k++) {
    if (k !== figure && tokens[k]!.sentence === sentence && percentageAt(ctx, k)) return true;
  }
  return false;
}

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
  return word;
}

/**
 * `quantity`, a duration in its slot: a draft sentence that restates one article sentence, which
 * holds one duration fact of a time unit, and that says one duration of that unit where the article
 * says it (after a word of the fact's evidence, «بعد», hedges aside, itself after a word of the
 * evidence or of the article words just before it), says that fact's length, whatever noun it
 * leaves out: «ووصلت القافلة إلى البلدة بعد نحو ثماني ساعات» for a journey the article gives as
 * about six hours. Not a duration after other words (where the mayor spent two hours, gusts blew
 * for 14 hours), nor a bound or rounding of the article's, nor a length the article gives for
 * another thing.
 */
import { analyse, type Analysis, type Token } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import { alignedSentences, otherOccasion, unitAt, type ArticleSentence } from '../../align';
import { numbers, type NumberExpression } from '../../extract/numbers';
import { hedgeAgrees, hedgeLengthBefore, hedgesFor } from '../../extract/hedges';
import { isIncrement } from '../../extract/increments';
import type { Quantity } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { anotherTime } from './occasions';

/** The time unit a number is written with (its own, or the word after it), if any. */
function timeUnitOf(tokens: readonly Token[], number: NumberExpression): string | undefined {
  return number.unit ?? unitAt(tokens[number.tokenEnd]);
}

/** The duration facts of unit `unit` whose evidence lies in the article sentence. */
function durationFacts(knowledge: KnowledgeIndex, aligned: ArticleSentence, unit: string): Entity<Quantity>[] {
  return knowledge.quantities.filter(
    (fact) => fact.factBase === aligned.factBase && fact.fact.unit === unit && !fact.fact.review?.unsure && fact.fact.evidence.some((range) => range.start >= aligned.start && range.end <= aligned.end),
  );
}

/** How many words of the article sentence before a fact's evidence may hold the word before the draft's lead word. */
const WORDS_BEFORE = 3;

/** The folded keys of a text's words, read by the shared tokenizer as a draft's are. */
function wordsOf(text: string): string[] {
  return analyse(text, 'plaintext').tokens.map((token) => token.key);
}

/** The words of one evidence range of a fact: its own, and the few article words just before it. */
interface EvidenceWords {
  own: ReadonlySet<string>;
  before: ReadonlySet<string>;
}

/**
 * The words of each evidence range of a fact in its article sentence, read once per fact (the
 * facts of a loaded fact base stay the same objects, so the cache lives as long as they do).
 */
const evidenceWordsCache = new WeakMap<Quantity, Map<number, EvidenceWords[]>>();

/** The words of each of a fact's evidence ranges in the article sentence `aligned`. */
function evidenceWords(fact: Quantity, aligned: ArticleSentence): EvidenceWords[] {
  let bySentence = evidenceWordsCache.get(fact);
  if (!bySentence) evidenceWordsCache.set(fact, (bySentence = new Map<number, EvidenceWords[]>()));
  let words = bySentence.get(aligned.start);
  if (!words) {
    words = fact.evidence.map((range) => ({
      own: new Set(wordsOf(range.text)),
      before: new Set(wordsOf(aligned.text.slice(0, Math.max(0, range.start - aligned.start))).slice(-WORDS_BEFORE)),
    }));
    bySentence.set(aligned.start, words);
  }
  return words;
}

/**
 * Whether the duration stands where the article's does: the word before it (hedges aside) is a
 * word of the fact's evidence (after, «بعد»), and the word before that one is a word of the
 * evidence or of the few article words before it (the place reached: «تل الورد بعد نحو»).
 */
function inArticleSlot(tokens: readonly Token[], number: NumberExpression, fact: Quantity, aligned: ArticleSentence): boolean {
  const at = number.tokenStart - hedgeLengthBefore(tokens, number.tokenStart) - 1;
  const [anchor, lead] = [tokens[at - 1], tokens[at]];
  const sentence = tokens[number.tokenStart]!.sentence;
  if (!lead || !anchor || anchor.sentence !== sentence || lead.script === 'digit' || anchor.script === 'digit') return false;
  return evidenceWords(fact, aligned).some(({ own, before }) => own.has(lead.key) && (own.has(anchor.key) || before.has(anchor.key)));
}

/** The fact whose slot the duration stands in, when its sentence restates exactly one article sentence with one such fact. */
function slotFact(analysis: Analysis, knowledge: KnowledgeIndex, number: NumberExpression, unit: string): Entity<Quantity> | undefined {
  const tokens = analysis.tokens;
  const aligned = alignedSentences(analysis, knowledge, tokens[number.tokenStart]!.sentence);
  if (aligned.length !== 1) return undefined;
  // One duration of the unit in the article sentence, and one fact of it.
  if ([...aligned[0]!.durations].filter((key) => key.endsWith(`:${unit}`)).length !== 1) return undefined;
  const facts = durationFacts(knowledge, aligned[0]!, unit);
  return facts.length === 1 && inArticleSlot(tokens, number, facts[0]!.fact, aligned[0]!) ? facts[0] : undefined;
}

/**
 * Reports each duration said in a restated sentence's slot that is not the slot's fact's length;
 * `fixOf` writes the fix as the rest of the quantity rule does.
 */
export function checkDurationSlots(
  analysis: Analysis,
  knowledge: KnowledgeIndex,
  report: (draft: Draft) => void,
  reported: Set<number>,
  finding: (fact: Entity<Quantity>, number: NumberExpression) => Draft,
): void {
  const tokens = analysis.tokens;
  const durations = numbers(analysis).filter((number) => timeUnitOf(tokens, number) !== undefined);
  for (const number of durations) {
    const unit = timeUnitOf(tokens, number)!;
    const sentence = tokens[number.tokenStart]!.sentence;
    // One duration of the unit in the draft sentence.
    if (reported.has(number.start) || durations.some((other) => other !== number && tokens[other.tokenStart]!.sentence === sentence && timeUnitOf(tokens, other) === unit)) continue;
    const fact = slotFact(analysis, knowledge, number, unit);
    if (!fact || number.value === fact.fact.value) continue;
    // A length the article gives for another thing is that thing's.
    if (knowledge.quantities.some((other) => other.factBase === fact.factBase && other.fact.unit === unit && other.fact.value === number.value)) continue;
    if (hedgeAgrees(hedgesFor(tokens, number.tokenStart, [fact.fact]), number.value, fact.fact.value) || isIncrement(tokens, number.tokenStart, number.tokenEnd)) continue;
    if (otherOccasion(analysis, knowledge, sentence, fact) || anotherTime(analysis, fact, number.tokenStart)) continue;
    reported.add(number.start);
    report(finding(fact, number));
  }
}

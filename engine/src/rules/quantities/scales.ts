/**
 * `quantity`, a grade on a scale written after its noun ("category four", "category 4", "level 3",
 * "stage two"): a measure of another unit (`unit: "other"`) whose subject is an event the article
 * reports (the storm's landfall as a category four system). A number right after one of the
 * fact's nouns is compared when its sentence speaks of that event (a trigger the sentence backs,
 * see `supportedEvents`) and of the article's occasion: "Cyclone Yasi crossed at Mission Beach as a
 * category five" names no participant or place of the article's landfall, and is not compared. A
 * value the fact base gives for the same noun is never flagged.
 */
import type { Analysis } from '../../analysis';
import { tokenLang } from '../../analysis';
import { nameKeys, tokenStems, type Entity, type KnowledgeIndex } from '../../knowledge';
import { otherOccasion } from '../../align';
import { supportedEvents, triggerHits } from '../../events';
import { numbers, type NumberExpression } from '../../extract/numbers';
import type { Quantity } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { ENGLISH_DISPLAY } from '../../lexicon/numbers';
import { wrongNumberFinding } from './finding';

/** The one-word nouns of a fact (folded keys). */
function nounKeys(fact: Quantity): Set<string> {
  return new Set([...(fact.noun?.ar ?? []), ...(fact.noun?.en ?? [])].map((noun) => nameKeys(noun)).filter((keys) => keys.length === 1).map((keys) => keys[0]!));
}

/** The events the sentence of token `at` speaks of through triggers it backs. */
function eventsOfSentence(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number): Set<string> {
  const hits = triggerHits(analysis, knowledge);
  return new Set(hits.filter((hit) => analysis.tokens[hit.tokenStart]!.sentence === sentence).flatMap((hit) => supportedEvents(analysis, knowledge, hits, hit).map((event) => event.key)));
}

/** The fact's value in the draft's style: words for words (category five → category four). */
function render(value: number, number: NumberExpression): string | undefined {
  if (number.style === 'digits') return String(value);
  if (number.style !== 'en-words') return undefined;
  const word = ENGLISH_DISPLAY[value];
  if (!word) return undefined;
  return number.capitalised ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Checks every number written right after a scale's noun against the grade the article gives. */
export function checkScales(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, reported: Set<number>): void {
  const facts = knowledge.quantities.filter((q) => q.fact.unit === 'other' && !q.fact.review?.unsure && knowledge.resolve(q, q.fact.subject)?.kind === 'event');
  if (facts.length === 0) return;
  const tokens = analysis.tokens;
  for (const number of numbers(analysis)) {
    const noun = tokens[number.tokenStart - 1];
    if (!noun || noun.sentence !== tokens[number.tokenStart]!.sentence || reported.has(number.start) || number.unit || number.scale !== undefined) continue;
    // Right after the noun, with a space only: "category five", not "category, 5".
    if (analysis.text.slice(noun.oEnd, number.start).trim() !== '') continue;
    const stems = new Set([noun.key, ...tokenStems(noun).map((s) => s.stem)]);
    const ofNoun = facts.filter((q) => [...nounKeys(q.fact)].some((key) => stems.has(key)));
    if (ofNoun.length === 0 || ofNoun.some((q) => q.fact.value === number.value)) continue;
    const sentence = noun.sentence;
    const events = eventsOfSentence(analysis, knowledge, sentence);
    const tied = ofNoun.filter((q) => events.has(knowledge.resolve(q, q.fact.subject)!.key));
    if (tied.length === 0 || new Set(tied.map((q) => q.fact.value)).size !== 1) continue;
    const fact: Entity<Quantity> = tied[0]!;
    if (otherOccasion(analysis, knowledge, sentence, fact, number.tokenStart)) continue;
    reported.add(number.start);
    const actual = analysis.text.slice(number.start, number.end);
    const expected = render(fact.fact.value, number);
    report(wrongNumberFinding(knowledge, fact, { range: { start: number.start, end: number.end }, lang: tokenLang(analysis, tokens[number.tokenStart]!), actual, expected, fix: expected ? { text: expected } : undefined }));
  }
}

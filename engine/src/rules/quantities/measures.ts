/**
 * `quantity`, measures of another unit (`unit: other`: a magnitude, a score on a scale) that one
 * body gives and another body gives differently (magnitude 7 by one institute, 6.8 by another).
 * The fact's `subject` is the body that measured it: a number is compared with the fact whose
 * subject the draft names in the number's own clause, before it, in a sentence that holds the
 * fact's noun or restates its evidence. A figure the fact base gives for the same noun, or the
 * restated article sentence gives, is never flagged.
 */
import type { Analysis } from '../../analysis';
import { tokenLang } from '../../analysis';
import { nameKeys, tokenStems, type Entity, type KnowledgeIndex } from '../../knowledge';
import { otherOccasion, restatedWith, restatesEvidence } from '../../align';
import { mentions } from '../../mentions';
import { numbers, type NumberExpression } from '../../extract/numbers';
import type { Quantity } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { wrongNumberFinding } from './finding';
import { unitForms } from '../../lexicon/units';
import { digitsLike } from '../../messages/digits';
import { triggerHitsWithConcepts } from '../../events';
import { wordSkeletons } from '../../scope/skeleton';

/** Whether sentence `sentence` holds one of the fact's nouns. */
function nounIn(analysis: Analysis, fact: Quantity, sentence: number): boolean {
  const firsts = new Set([...(fact.noun?.ar ?? []), ...(fact.noun?.en ?? [])].map((noun) => nameKeys(noun)[0]).filter((key): key is string => !!key && key.length >= 2).flatMap(unitForms));
  const span = analysis.sentences[sentence];
  if (!span) return false;
  for (let k = span.tokenStart; k < span.tokenEnd; k++) {
    if (tokenStems(analysis.tokens[k]!).some((s) => firsts.has(s.stem) || (s.stem.startsWith('ال') && firsts.has(s.stem.slice(2))))) return true;
  }
  return false;
}

/**
 * Whether the number stands alone at the end of its clause, or before one of the fact's own
 * nouns (6.8 درجات): eight kilometres or 11:11 p.m. measure something else.
 */
function bareFigure(analysis: Analysis, number: NumberExpression, fact: Quantity): boolean {
  const tokens = analysis.tokens;
  const next = tokens[number.tokenEnd];
  const end = number.end;
  if (/^[:.,]\d/.test(analysis.text.slice(end, end + 2))) return false;
  if (!next || next.clause !== tokens[number.tokenEnd - 1]!.clause) return true;
  return nounNext(analysis, number, fact);
}

/** Whether one of the fact's own nouns, its unit in either language, follows the number (6.8 درجات, 240 ميغاواط, a 402-megawatt plant). */
function nounNext(analysis: Analysis, number: NumberExpression, fact: Quantity): boolean {
  const next = analysis.tokens[number.tokenEnd];
  const nouns = new Set([...(fact.noun?.ar ?? []), ...(fact.noun?.en ?? [])].flatMap((noun) => nameKeys(noun)).flatMap(unitForms));
  return !!next && tokenStems(next).some((s) => nouns.has(s.stem));
}

/**
 * The fact whose subject (the body that measured it, the place it was measured at) the draft names
 * in the number's clause: nearest before it, else within eight words after it ("412 mm of rain at
 * Proserpine", «214 ملم من الأمطار في بروسربين»).
 */
function measuredBy(analysis: Analysis, knowledge: KnowledgeIndex, facts: Entity<Quantity>[], number: NumberExpression): Entity<Quantity> | undefined {
  const tokens = analysis.tokens;
  const clause = tokens[number.tokenStart]!.clause;
  const inClause = mentions(analysis, knowledge).filter((mention) => tokens[mention.tokenStart]!.clause === clause);
  const before = inClause.filter((mention) => mention.tokenEnd <= number.tokenStart).reverse();
  const after = inClause.filter((mention) => mention.tokenStart >= number.tokenEnd && mention.tokenStart - number.tokenEnd <= 8);
  for (const mention of [...before, ...after]) {
    const fact = facts.find((q) => knowledge.same(knowledge.resolve(q, q.fact.subject)?.key ?? '', mention.entity));
    if (fact) return fact;
  }
  // Named otherwise, the subject may have two measures (a plant's capacity and each turbine's): the one of the number's order is meant.
  // A subject named otherwise ties only a figure given with its unit ("category five" after a
  // trigger may be another storm's), and not in a sentence about another occasion (opened in 2019).
  const sentence = tokens[number.tokenStart]!.sentence;
  // A weekday other than the event's, beside the event's trigger, is a wrong weekday, not another day.
  const otherwise = facts.filter((q) => {
    const named = sameOrder(q.fact, number.value) && nounNext(analysis, number, q.fact) ? namedOtherwise(analysis, knowledge, q, number) : undefined;
    return !!named && !otherOccasion(analysis, knowledge, sentence, q, number.tokenStart, { weekdays: named !== 'trigger' });
  });
  return otherwise.length === 1 ? otherwise[0] : undefined;
}

/** The fewest consonants a word needs to name a subject by its consonants alone (three would not tell Mackay from a word). */
const LEAST_CONSONANTS = 4;

/**
 * Whether the draft names the fact's subject beside the number without one of the names the fact
 * base gives it: an event by one of its triggers, or a word of its meaning («افتتحت» for opened), in
 * the number's sentence (a plant "opened" with its capacity, which the unit after the number and
 * the figure's order tie to the fact), or a place, an organisation or a person the fact base names in the
 * other script only, by a word of the number's clause with the consonants of one of its names'
 * words (فيلمونت for Velmont), before the number or within eight words after it.
 */
function namedOtherwise(analysis: Analysis, knowledge: KnowledgeIndex, fact: Entity<Quantity>, number: NumberExpression): 'trigger' | 'consonants' | undefined {
  const subject = knowledge.resolve<{ names?: { ar?: string[]; en?: string[] } }>(fact, fact.fact.subject);
  if (!subject) return undefined;
  const tokens = analysis.tokens;
  const sentence = tokens[number.tokenStart]!.sentence;
  if (subject.kind === 'event') {
    const hit = triggerHitsWithConcepts(analysis, knowledge).some((one) => tokens[one.tokenStart]!.sentence === sentence && one.events.some((event) => event.key === subject.key));
    return hit ? 'trigger' : undefined;
  }
  const clause = tokens[number.tokenStart]!.clause;
  // The names' consonants in each script, read once: an Arabic word is matched with the English
  // names, a Latin word with the Arabic ones.
  const skeletons = (names: readonly string[] = []) => new Set(names.flatMap(nameKeys).flatMap(wordSkeletons));
  const other = { ar: skeletons(subject.fact.names?.en), latin: skeletons(subject.fact.names?.ar) };
  // The clause's words before the number and up to eight after it; the figure's own unit is not
  // the subject's name («كيلومتراً» read without a clitic ك has the consonants of al-Mutairi).
  let first = number.tokenStart;
  while (first > 0 && tokens[first - 1]!.clause === clause) first--;
  const window = [...tokens.slice(first, number.tokenStart), ...tokens.slice(number.tokenEnd + 1, number.tokenEnd + 9)];
  const named = window.some((token) => {
    if (token.clause !== clause || (token.script !== 'ar' && token.script !== 'latin')) return false;
    // A clitic (بفيلمونت) is not the name's: each stem of the word is read too.
    const forms = new Set([token.key, ...tokenStems(token).map((s) => s.stem)]);
    return [...forms].flatMap(wordSkeletons).some((skeleton) => skeleton.length >= LEAST_CONSONANTS && other[token.script as 'ar' | 'latin'].has(skeleton));
  });
  return named ? 'consonants' : undefined;
}

/** Whether a figure is of the fact's order, from half its value to twice it: a magnitude is not a toll. */
function sameOrder(fact: Quantity, value: number): boolean {
  return value <= fact.value * 2 && value >= fact.value / 2;
}

/** Checks every number of the draft against the measures of another unit it may restate. */
export function checkMeasures(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, reported: Set<number>): void {
  const facts = knowledge.quantities.filter((q) => q.fact.unit === 'other' && q.fact.subject && q.fact.noun);
  if (facts.length === 0) return;
  for (const number of numbers(analysis)) {
    if (reported.has(number.start) || number.unit) continue;
    const sentence = analysis.tokens[number.tokenStart]!.sentence;
    const about = facts.filter((q) => nounIn(analysis, q.fact, sentence) || restatesEvidence(analysis, knowledge, sentence, q));
    if (about.length === 0 || about.some((q) => Math.abs(q.fact.value - number.value) < 1e-9)) continue;
    const fact = measuredBy(analysis, knowledge, about, number);
    if (!fact || !bareFigure(analysis, number, fact.fact)) continue;
    // Another figure of the same order only: a magnitude is not a toll.
    if (!sameOrder(fact.fact, number.value)) continue;
    if (restatedWith(analysis, knowledge, sentence, (aligned) => aligned.numbers.has(number.value))) continue;
    reported.add(number.start);
    const lang = tokenLang(analysis, analysis.tokens[number.tokenStart]!);
    const actual = analysis.text.slice(number.start, number.end);
    const expected = number.style === 'digits' ? digitsLike(fact.fact.value, actual) : undefined;
    report(wrongNumberFinding(knowledge, fact, { range: { start: number.start, end: number.end }, lang, actual, expected, fix: expected ? { text: expected } : undefined }));
  }
}

/**
 * `quantity`, slot by slot: a draft sentence that restates an article sentence gives its counts
 * in the same slots. When every count of the restated sentence is in the draft sentence but one,
 * and the draft sentence has exactly one count the article sentence does not hold, that count
 * stands in the missing one's slot (أودى بحياة 2102 شخص وأصاب 2059 آخرين for 2012 dead and 2059
 * injured), whatever noun the draft put after it. Figures of the same order only, so a count of
 * something else the article does not give is not compared, nor a count whose own noun names
 * another thing ("12 ambulances", «12 سيارة إسعاف»): one of people, or of the fact's noun, stays
 * in the slot.
 */
import type { Analysis } from '../../analysis';
import { tokenLang } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import { alignedSentences, otherOccasion, unitAt, type ArticleSentence } from '../../align';
import { numbers, type NumberExpression } from '../../extract/numbers';
import { dates } from '../../extract/dates';
import { amounts } from '../../extract/amounts';
import type { Quantity } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { wrongNumberFinding } from './finding';
import { hedgeAgrees, hedgesBefore } from '../../extract/hedges';
import { rangeHolds } from '../../extract/numberRanges';
import { nameKeys, tokenStems } from '../../knowledge';
import { AR_STOP } from '../../lexicon/functionWords';
import { PERSON_WORDS } from './verbCounts';
import { digitsLike } from '../../messages/digits';
import { isIncrement } from '../../extract/increments';
import { derivedFigure } from './derived';
import { anotherTime } from './occasions';
import { incrementFact } from './evidenceClause';
import { otherNationalityAfter } from './otherNationality';

/**
 * Whether the word after a count names another thing than the fact's: an English plural (12
 * ambulances) or an Arabic noun that is no function word (12 سيارة), other than a word that counts
 * people or one of the fact's own nouns and qualifiers.
 */
function countsAnotherThing(analysis: Analysis, number: NumberExpression, fact: Quantity): boolean {
  const tokens = analysis.tokens;
  const next = tokens[number.tokenEnd];
  if (!next || next.clause !== tokens[number.tokenStart]!.clause || PERSON_WORDS.has(next.key)) return false;
  const own = new Set([...(fact.noun?.ar ?? []), ...(fact.noun?.en ?? []), ...(fact.qualifier?.ar ?? []), ...(fact.qualifier?.en ?? [])].flatMap((text) => nameKeys(text)));
  if (tokenStems(next).some((s) => own.has(s.stem) || own.has(s.stem.replace(/^ال/, '')))) return false;
  if (next.script === 'latin') return next.key.length > 3 && next.key.endsWith('s') && !own.has(next.key.slice(0, -1));
  // An Arabic counted noun ends as one (سيارة, مركزاً, سيارات); a verb after the count (اجتازوا) does not.
  return next.script === 'ar' && !AR_STOP.has(next.key) && /(?:[^و]ا|ه|ات)$/.test(next.key);
}

/** The counts of draft sentence `sentence`: numbers that are no date, amount or duration. */
function countsIn(analysis: Analysis, sentence: number): NumberExpression[] {
  const tokens = analysis.tokens;
  const taken = new Set<number>();
  for (const date of dates(analysis)) for (let k = date.tokenStart; k < date.tokenEnd; k++) taken.add(k);
  for (const amount of amounts(analysis)) for (let k = amount.number.tokenStart; k < amount.tokenEnd; k++) taken.add(k);
  return numbers(analysis).filter(
    (number) => tokens[number.tokenStart]!.sentence === sentence && !taken.has(number.tokenStart) && !number.unit && !unitAt(tokens[number.tokenEnd]) && number.style !== 'dual',
  );
}

/** The count facts whose evidence lies in the article sentence. */
function countFacts(knowledge: KnowledgeIndex, aligned: ArticleSentence): Entity<Quantity>[] {
  return knowledge.quantities.filter(
    (fact) => fact.factBase === aligned.factBase && fact.fact.unit === 'count' && !fact.fact.review?.unsure && fact.fact.evidence.some((range) => range.start >= aligned.start && range.end <= aligned.end),
  );
}

/** Reports the one count of each restating sentence that stands in a missing count's slot. */
export function checkLeftoverCounts(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, reported: Set<number>): void {
  const tokens = analysis.tokens;
  for (let sentence = 0; sentence < analysis.sentences.length; sentence++) {
    // A sentence without a count has none in a missing one's slot: it is not aligned for this.
    const counts = countsIn(analysis, sentence);
    if (counts.length === 0) continue;
    const aligned = alignedSentences(analysis, knowledge, sentence);
    if (aligned.length !== 1) continue;
    // Every number of the sentence fills a slot, a bare year-like count (2059) too.
    const said = new Set(numbers(analysis).filter((number) => tokens[number.tokenStart]!.sentence === sentence).map((number) => number.value));
    const facts = countFacts(knowledge, aligned[0]!);
    const missing = facts.filter((fact) => !said.has(fact.fact.value));
    // A figure the article gives elsewhere is that figure, not a wrong one.
    const elsewhere = new Set(knowledge.quantities.filter((fact) => fact.factBase === aligned[0]!.factBase).map((fact) => fact.fact.value));
    const extra = counts.filter((number) => !aligned[0]!.numbers.has(number.value) && !elsewhere.has(number.value));
    if (facts.length < 2 || missing.length !== 1 || extra.length !== 1) continue;
    const fact = missing[0]!;
    const number = extra[0]!;
    const ratio = number.value / fact.fact.value;
    if (ratio < 0.5 || ratio > 2 || reported.has(number.start) || otherOccasion(analysis, knowledge, sentence, fact) || anotherTime(analysis, fact, number.tokenStart)) continue;
    // So does a count of another nationality (3 English firms for the article's 4 Scottish ones).
    if (countsAnotherThing(analysis, number, fact.fact) || otherNationalityAfter(tokens, number, fact.fact)) continue;
    // An increment or a figure worked out from two of the article's stands in no slot.
    if ((isIncrement(tokens, number.tokenStart, number.tokenEnd) && !incrementFact(fact)) || derivedFigure(knowledge, fact, number.value)) continue;
    // A hedged figure in the slot (more than 150,000 for 152,480) is a bound of the article's.
    if (hedgeAgrees(hedgesBefore(tokens, number.tokenStart), number.value, fact.fact.value)) continue;
    if (rangeHolds(analysis, number, fact.fact.value, !!fact.fact.approx)) continue;
    reported.add(number.start);
    const actual = analysis.text.slice(number.start, number.end);
    report(
      wrongNumberFinding(knowledge, fact, {
        range: { start: number.start, end: number.end },
        lang: tokenLang(analysis, tokens[number.tokenStart]!),
        actual,
        expected: String(fact.fact.value),
        fix: number.style === 'digits' ? { text: digitsLike(fact.fact.value, actual) } : undefined,
      }),
    );
  }
}

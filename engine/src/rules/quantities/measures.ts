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
import { restatedWith, restatesEvidence } from '../../align';
import { mentions } from '../../mentions';
import { numbers, type NumberExpression } from '../../extract/numbers';
import type { Quantity } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { wrongNumberFinding } from './finding';
import { unitForms } from '../../lexicon/units';
import { digitsLike } from '../../messages/digits';

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
  const nouns = new Set([...(fact.noun?.ar ?? []), ...(fact.noun?.en ?? [])].flatMap((noun) => nameKeys(noun)).flatMap(unitForms));
  return tokenStems(next).some((s) => nouns.has(s.stem));
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
  return undefined;
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
    if (number.value > fact.fact.value * 2 || number.value < fact.fact.value / 2) continue;
    if (restatedWith(analysis, knowledge, sentence, (aligned) => aligned.numbers.has(number.value))) continue;
    reported.add(number.start);
    const lang = tokenLang(analysis, analysis.tokens[number.tokenStart]!);
    const actual = analysis.text.slice(number.start, number.end);
    const expected = number.style === 'digits' ? digitsLike(fact.fact.value, actual) : undefined;
    report(wrongNumberFinding(knowledge, fact, { range: { start: number.start, end: number.end }, lang, actual, expected, fix: expected ? { text: expected } : undefined }));
  }
}

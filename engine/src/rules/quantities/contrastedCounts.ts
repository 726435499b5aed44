/**
 * `quantity`, a figure without a noun of its own that a contrast or a partition sets against the
 * count before it in its sentence: "the harvest needed 12,000 pickers, but only about 7,500 had
 * signed up", «يحتاج الموسم إلى 12 ألف عامل لم يسجل منهم سوى نحو 7500». The figure counts the
 * noun of that count, and it is compared with the one fact of the noun whose qualifier stands
 * after the count's noun (signed, «يسجل»): the words before it qualify the first count. A figure
 * with a noun or a unit of its own (3 of the 20 farms, 5,000 tonnes), one with no link word
 * (`lexicon/numbers.ts` `CONTRAST_LINKS`) between, or one whose words qualify no fact or several,
 * is not compared.
 */
import type { Analysis, Token } from '../../analysis';
import { tokenLang } from '../../analysis';
import { tokenStems, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { NumberExpression } from '../../extract/numbers';
import type { Quantity } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { CONTRAST_LINKS, ELIDED_NOUN_VERBS } from '../../lexicon/numbers';
import { wordKey } from '../../tokenKey';
import { contentStem } from '../../text/stem';
import { hedgeAgrees, hedgesBefore } from '../../extract/hedges';
import { otherOccasion } from '../../align';
import { digitsLike } from '../../messages/digits';
import { wrongNumberFinding } from './finding';
import { withoutArticle } from './labels';
import { anotherTime } from './occasions';

const LINKS: ReadonlySet<string> = new Set(CONTRAST_LINKS.map(wordKey));
const VERBS: ReadonlySet<string> = new Set(ELIDED_NOUN_VERBS.map(wordKey));

/** How many words may stand between the count's noun and the figure set against it. */
const LONGEST_GAP = 8;

/** How many words after the figure may say what befell what it counts (were available). */
const WORDS_AFTER = 4;

/** The count facts whose noun is the word at `token`, with its article or without. */
function countFactsOf(knowledge: KnowledgeIndex, token: Token | undefined): Entity<Quantity>[] {
  if (!token) return [];
  const facts = [...tokenStems(token).flatMap((s) => knowledge.quantityNouns.get(s.stem) ?? []), ...(knowledge.quantityNouns.get(withoutArticle(token.key)) ?? [])];
  return [...new Set(facts)].filter((fact) => fact.fact.unit === 'count');
}

/** Whether a draft's word is one of a fact's qualifiers, as written, without its article or in another form of its word. */
function qualifies(token: Token, fact: Quantity): boolean {
  const words = [...(fact.qualifier?.ar ?? []), ...(fact.qualifier?.en ?? [])].map(wordKey);
  const stem = contentStem(token.key);
  return words.some((word) => token.key === word || withoutArticle(token.key) === word || (!!stem && stem.length >= 4 && contentStem(word) === stem));
}

/**
 * The count before the figure `part` in its sentence, with its noun right after it, that a link
 * word between them sets the figure against; undefined where another number stands between or
 * none does.
 */
function countBefore(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly NumberExpression[], index: number): { whole: NumberExpression; facts: Entity<Quantity>[] } | undefined {
  const tokens = analysis.tokens;
  const part = all[index]!;
  const whole = all[index - 1];
  if (!whole || tokens[whole.tokenStart]!.sentence !== tokens[part.tokenStart]!.sentence) return undefined;
  const noun = whole.tokenEnd;
  if (part.tokenStart - noun - 1 > LONGEST_GAP || part.tokenStart <= noun + 1) return undefined;
  if (!tokens.slice(noun + 1, part.tokenStart).some((token) => LINKS.has(token.key))) return undefined;
  const facts = countFactsOf(knowledge, tokens[noun]);
  return facts.length > 1 ? { whole, facts } : undefined;
}

/** The one fact of `facts` whose qualifier stands after the count's noun, up to a few words after the figure; undefined where none or several do. */
function factQualified(tokens: readonly Token[], whole: NumberExpression, part: NumberExpression, facts: readonly Entity<Quantity>[]): Entity<Quantity> | undefined {
  const sentence = tokens[part.tokenStart]!.sentence;
  const words = tokens.slice(whole.tokenEnd + 1, part.tokenEnd + WORDS_AFTER).filter((token) => token.sentence === sentence && token.script !== 'digit');
  const qualified = facts.filter((fact) => words.some((token) => qualifies(token, fact.fact)));
  return qualified.length === 1 ? qualified[0] : undefined;
}

/**
 * Whether the figure `part` has no noun of its own: its clause ends after it, or a verb of being
 * or having follows it (only 7,500 were available), not a noun, a unit or "of" (3 of the farms).
 */
function nounLeftOut(tokens: readonly Token[], part: NumberExpression): boolean {
  const next = tokens[part.tokenEnd];
  if (!next || next.clause !== tokens[part.tokenStart]!.clause) return true;
  return VERBS.has(next.key);
}

/**
 * The fact's figure in the draft's form: its digits, and its scale word where the figure divides
 * by it («13 ألفاً» → «30 ألفاً»); number words are answered with digits.
 */
function expectedFigure(part: NumberExpression, actual: string, value: number): string {
  if (part.style !== 'digits') return String(value);
  if (part.scale === undefined) return digitsLike(value, actual);
  const figure = /^[\d.,\u0660-\u0669\u066B\u066C]+/.exec(actual)?.[0];
  return figure && Number.isInteger(value / part.scale) ? `${digitsLike(value / part.scale, figure)}${actual.slice(figure.length)}` : digitsLike(value, actual);
}

/** Whether a figure is written as a year (four digits from 1900 to 2100: "but in 2023 …"), which counts nothing. */
function writtenAsYear(analysis: Analysis, part: NumberExpression): boolean {
  return part.scale === undefined && part.value >= 1900 && part.value <= 2100 && /^[12]\d{3}$/.test(analysis.text.slice(part.start, part.end));
}

/** Reports each figure set against a count before it that is not the article's figure for what its words qualify. */
export function checkContrastedCounts(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly NumberExpression[], report: (draft: Draft) => void, reported: Set<number>): void {
  const tokens = analysis.tokens;
  for (let index = 1; index < all.length; index++) {
    const part = all[index]!;
    if (reported.has(part.start) || part.unit || writtenAsYear(analysis, part)) continue;
    if (!nounLeftOut(tokens, part)) continue;
    const before = countBefore(analysis, knowledge, all, index);
    const fact = before && factQualified(tokens, before.whole, part, before.facts);
    if (!before || !fact) continue;
    const hedges = hedgesBefore(tokens, part.tokenStart);
    if (before.facts.some((one) => one.fact.value === part.value) || hedgeAgrees(hedges, part.value, fact.fact.value)) continue;
    const sentence = tokens[part.tokenStart]!.sentence;
    if (otherOccasion(analysis, knowledge, sentence, fact, part.tokenStart) || anotherTime(analysis, fact, part.tokenStart)) continue;
    reported.add(part.start);
    const actual = analysis.text.slice(part.start, part.end);
    const expected = expectedFigure(part, actual, fact.fact.value);
    report(wrongNumberFinding(knowledge, fact, { range: { start: part.start, end: part.end }, lang: tokenLang(analysis, tokens[part.tokenStart]!), actual, expected, fix: { text: expected } }));
  }
}

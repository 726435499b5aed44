/**
 * `quantity`, a count split among places with its noun written once: «45 مدرسة في صفاقس و30 في
 * قابس و15 في القيروان», "45 schools in Sfax, 30 in Gabes and 15 in Kairouan". A figure after the
 * first of such a series has no noun of its own: it counts the first figure's noun in the place
 * after it. It is compared with the one fact of that noun whose subject is a place holding that
 * place (or whose qualifier is the place's word), only when every link of the series is there:
 * the figure, «في» or "in", a known place (maybe behind its noun: «في محافظة قابس», "in the town
 * of Gabes"), then «و», "and" or a comma before the next figure, maybe with a hedge («ونحو 30»).
 * The grammar is drawing's too (`extract/placeLists.ts`). A figure that does not continue the
 * series ("and police arrested 4 in Gabes") is another's.
 */
import type { Analysis, Token } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import { tokenStems } from '../../knowledge';
import type { NumberExpression } from '../../extract/numbers';
import type { Quantity } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { mentions, type Mention } from '../../mentions';
import { hedgeAgrees, hedgesBefore } from '../../extract/hedges';
import { inWordBefore, listJoint, placeAfterIn } from '../../extract/placeLists';
import { digitsLike } from '../../messages/digits';
import { tokenLang } from '../../analysis';
import { wordKey } from '../../tokenKey';
import { withoutArticle } from './labels';
import { wrongNumberFinding } from './finding';

/** How many figures a series may have before the one compared. */
const LONGEST_SERIES = 8;

/** What a series is read from: the draft's known places by the tokens they end and start at, and its numbers by the token they end at. */
interface SeriesScan {
  analysis: Analysis;
  placesEndingAt: ReadonlyMap<number, Mention>;
  placesStartingAt: ReadonlyMap<number, Mention>;
  numbersEndingAt: ReadonlyMap<number, NumberExpression>;
}

/** The known place after the figure `number` behind «في» or "in" (and maybe the place's noun), if any. */
function placeAfter(scan: SeriesScan, number: NumberExpression): Mention | undefined {
  const tokens = scan.analysis.tokens;
  if (tokens[number.tokenEnd]?.sentence !== tokens[number.tokenStart]!.sentence) return undefined;
  const start = placeAfterIn(tokens, number.tokenEnd, (k) => scan.placesStartingAt.has(k));
  return start === undefined ? undefined : scan.placesStartingAt.get(start);
}

/**
 * The token of the noun a series of figures in places gives once, for the figure `number` that
 * continues it: back over the figures before it, each joined to the next and followed by «في» or
 * "in" and a known place, to the first, whose noun stands between it and «في».
 */
function seriesNoun(scan: SeriesScan, number: NumberExpression): number | undefined {
  const tokens = scan.analysis.tokens;
  let start = number.tokenStart;
  for (let step = 0; step < LONGEST_SERIES; step++) {
    const joint = listJoint(scan.analysis, start);
    if (joint === undefined) return undefined;
    const place = scan.placesEndingAt.get(joint);
    const inWord = place ? inWordBefore(tokens, place.tokenStart) : undefined;
    if (inWord === undefined || inWord < 1) return undefined;
    const elided = scan.numbersEndingAt.get(inWord);
    if (elided) {
      start = elided.tokenStart;
      continue;
    }
    const noun = inWord - 1;
    return scan.numbersEndingAt.has(noun) && tokens[noun]!.sentence === tokens[number.tokenStart]!.sentence ? noun : undefined;
  }
  return undefined;
}

/** Whether `fact` counts things in the place `place` names: its subject holds it, or its qualifier is the place's word. */
function countsIn(knowledge: KnowledgeIndex, fact: Entity<Quantity>, place: Mention, tokens: readonly Token[]): boolean {
  const subject = fact.fact.subject ? knowledge.resolve(fact, fact.fact.subject) : undefined;
  if (subject?.kind === 'place' && knowledge.placeWithin(place.entity, subject.key)) return true;
  const words = new Set(tokens.slice(place.tokenStart, place.tokenEnd).map((token) => withoutArticle(token.key)));
  return [...(fact.fact.qualifier?.ar ?? []), ...(fact.fact.qualifier?.en ?? [])].some((word) => words.has(withoutArticle(wordKey(word))));
}

/** The count facts of the noun at token `noun` that count things in `place`: one, or none where several do. */
function factInPlace(knowledge: KnowledgeIndex, tokens: readonly Token[], noun: number, place: Mention): Entity<Quantity> | undefined {
  const facts = new Set<Entity<Quantity>>();
  for (const { stem } of tokenStems(tokens[noun]!)) for (const fact of knowledge.quantityNouns.get(stem) ?? []) if (fact.fact.unit === 'count' && countsIn(knowledge, fact, place, tokens)) facts.add(fact);
  return facts.size === 1 ? [...facts][0] : undefined;
}

/** Whether a currency sign stands right before the figure or a percent sign right after it. */
function ownSign(text: string, number: NumberExpression): boolean {
  return /[$€£¥]\s?$/.test(text.slice(Math.max(0, number.start - 2), number.start)) || /^\s?[%٪]/.test(text.slice(number.end, number.end + 2));
}

/** Reports each figure of a series of places whose place's fact gives another figure. */
export function checkElidedCounts(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly NumberExpression[], report: (draft: Draft) => void, reported: Set<number>): void {
  const places = mentions(analysis, knowledge).filter((mention) => mention.kind === 'place');
  if (places.length < 2) return;
  const scan: SeriesScan = {
    analysis,
    placesEndingAt: new Map(places.map((mention) => [mention.tokenEnd, mention] as const)),
    placesStartingAt: new Map(places.map((mention) => [mention.tokenStart, mention] as const)),
    numbersEndingAt: new Map(all.map((n) => [n.tokenEnd, n] as const)),
  };
  const tokens = analysis.tokens;
  for (const number of all) {
    // A figure with a unit, a scale or a currency or percent sign of its own ("$30m in Gabes") is another quantity than the series' count.
    if (number.style !== 'digits' || number.unit || number.scale !== undefined || reported.has(number.start) || ownSign(analysis.text, number)) continue;
    const place = placeAfter(scan, number);
    const noun = place ? seriesNoun(scan, number) : undefined;
    const fact = place && noun !== undefined ? factInPlace(knowledge, tokens, noun, place) : undefined;
    if (!fact || number.value === fact.fact.value || hedgeAgrees(hedgesBefore(tokens, number.tokenStart), number.value, fact.fact.value)) continue;
    reported.add(number.start);
    const range = { start: number.start, end: number.end };
    const actual = analysis.text.slice(range.start, range.end);
    const expected = digitsLike(fact.fact.value, actual);
    report(wrongNumberFinding(knowledge, fact, { range, lang: tokenLang(analysis, tokens[number.tokenStart]!), actual, expected, fix: { text: expected } }));
  }
}

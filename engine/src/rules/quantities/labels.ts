/**
 * `quantity`, figures whose noun is a label: a bold label line («**عدد المراكز:** 27», "**Rescues:**
 * 143 overnight") or a table row whose first cell names what the next cell counts ("| Rescues | 143
 * |"). The label is the first clause of its line, of four words at most, ended by a colon or a
 * cell's bar; the figure stands in the clause after it. A label ties its figure to a fact only when
 * every other word of the label is the fact's own (its qualifier, another of its nouns) or a word
 * that says "number of" («عدد», total): "| People killed | 1 |" is not a count of the people
 * evacuated.
 */
import type { Analysis, Token } from '../../analysis';
import { nameKeys, tokenStems, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { NumberExpression } from '../../extract/numbers';
import type { Quantity } from '../../factBase/schema';
import { contentStem } from '../../text/stem';
import { conceptKey } from '../../lexicon/concepts';
import { evidenceClauses } from './evidenceClause';
import { AREA_WORDS } from '../../lexicon/units';

/** Words a label may hold besides the noun: "number of", "total", «عدد», «إجمالي» (folded). */
export const LABEL_FILLERS: ReadonlySet<string> = new Set(['number', 'no', 'of', 'the', 'total', 'عدد', 'اجمالي', 'مجموع']);

/** A folded word without its article (and a و before it): الغش → غش, والمراكز → مراكز. */
export function withoutArticle(key: string): string {
  // Read by character codes rather than a pattern: every Arabic word of every draft asks. The
  // length is tested first, so no read looks past the key's end (which V8's optimised code pays
  // for by being thrown away the first time).
  const start = key.length > 0 && key.charCodeAt(0) === WAW ? 1 : 0;
  if (key.length < start + 4) return key;
  const first = key.charCodeAt(start);
  if ((first !== ALEF && first !== LAM) || key.charCodeAt(start + 1) !== LAM) return key;
  return key.slice(start + 2);
}

const WAW = 0x0648;
const ALEF = 0x0627;
const LAM = 0x0644;

/** The label clause of the noun at token `noun`: its tokens and the clause after it, if it is one. */
export function labelOfLine(analysis: Analysis, noun: number): { first: number; last: number; value: number } | undefined {
  const tokens = analysis.tokens;
  const token = tokens[noun]!;
  const span = analysis.sentences[token.sentence];
  if (!span) return undefined;
  if (tokens[span.tokenStart]!.clause !== token.clause) return undefined;
  let last = noun;
  while (last + 1 < span.tokenEnd && tokens[last + 1]!.clause === token.clause) last++;
  if (last - span.tokenStart >= 4 || last + 1 >= span.tokenEnd) return undefined;
  const gap = analysis.text.slice(tokens[last]!.oEnd, tokens[last + 1]!.oStart);
  if (!/[:|]/.test(gap)) return undefined;
  return { first: span.tokenStart, last, value: tokens[last + 1]!.clause };
}

const clauseStems = new WeakMap<Entity<Quantity>, Set<string>>();

/** The content stems of the article clauses of a fact's evidence, each also as its concept. */
function evidenceStems(fact: Entity<Quantity>): Set<string> {
  let stems = clauseStems.get(fact);
  if (!stems) {
    stems = new Set();
    for (const token of evidenceClauses(fact).tokens) {
      const stem = contentStem(token.key);
      if (stem) stems.add(stem).add(conceptKey(stem));
    }
    clauseStems.set(fact, stems);
  }
  return stems;
}

/**
 * Whether every word of the label but the noun is the fact's own, a "number of" word, a function
 * word, the word of an area for a fact of one ("| Lake area |", «مساحة البحيرة»), or a word the article says in the clause of the fact's evidence ("| Fire engines | 16 |"
 * for the article's "14 fire engines", «مراكز الإصلاح» for «أستاذ للإصلاح في 27 مركزاً»): "|
 * People killed | 1 |" is not a count of the people a firm employs, nor "| Households without
 * power |" one of the households evacuated.
 */
export function labelNamesOnly(analysis: Analysis, label: { first: number; last: number }, noun: number, entity: Entity<Quantity>): boolean {
  const fact = entity.fact;
  const own = new Set(
    [...(fact.noun?.ar ?? []), ...(fact.noun?.en ?? []), ...(fact.qualifier?.ar ?? []), ...(fact.qualifier?.en ?? [])].flatMap((text) => nameKeys(text).map(withoutArticle)),
  );
  for (let k = label.first; k <= label.last; k++) {
    if (k === noun) continue;
    const token = analysis.tokens[k]!;
    if (LABEL_FILLERS.has(token.key) || (fact.unit.startsWith('square-') && AREA_WORDS.has(token.key)) || own.has(withoutArticle(token.key)) || tokenStems(token).some((s) => own.has(withoutArticle(s.stem)))) continue;
    if (token.script === 'digit') return false;
    const stem = contentStem(token.key);
    if (!stem || evidenceStems(entity).has(stem) || evidenceStems(entity).has(conceptKey(stem))) continue;
    return false;
  }
  return true;
}

/**
 * The count a label gives: the first number of the clause after it, within its first three words
 * ("more than 8,300"), when no noun of another fact follows it in that clause («**الإصلاح:** 14 ألف
 * أستاذ» counts teachers, not the marking).
 */
export function labelledCount(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly NumberExpression[], noun: number, fact: Entity<Quantity>): NumberExpression | undefined {
  const tokens = analysis.tokens;
  const label = labelOfLine(analysis, noun);
  if (!label || !labelNamesOnly(analysis, label, noun, fact)) return undefined;
  const number = all.find((n) => tokens[n.tokenStart]!.clause === label.value);
  if (!number || number.tokenStart - (label.last + 1) > 2 || number.unit) return undefined;
  const next: Token | undefined = tokens[number.tokenEnd];
  if (next && next.clause === label.value) {
    const others = tokenStems(next).flatMap((s) => knowledge.quantityNouns.get(s.stem) ?? []);
    if (others.some((other) => other.key !== fact.key)) return undefined;
  }
  return number;
}

/** How many words after a figure's colon the noun that labels it may stand at most ("20 years: the length of the concession"). */
const AFTER_COLON = 5;

/**
 * Whether the noun at token `noun` labels the figure `number` that opens its line before a colon,
 * as "by the numbers" lists write it («- 25 عاماً: مدة عقد التشغيل», "- 20 years: the length of
 * the concession"): the figure and its unit word (up to token `unitEnd`) open the sentence, a colon
 * ends their clause, and the noun stands in the next clause within five words of its start.
 */
export function figureLabelledBy(analysis: Analysis, number: NumberExpression, unitEnd: number, noun: number): boolean {
  const tokens = analysis.tokens;
  const first = tokens[number.tokenStart];
  const previous = tokens[number.tokenStart - 1];
  const opening = tokens[unitEnd];
  if (!first || !opening || (previous && previous.sentence === first.sentence)) return false;
  if (tokens[unitEnd - 1]!.clause !== first.clause || opening.clause === first.clause || opening.sentence !== first.sentence) return false;
  if (noun < unitEnd || noun - unitEnd >= AFTER_COLON || tokens[noun]!.clause !== opening.clause) return false;
  return analysis.text.slice(tokens[unitEnd - 1]!.oEnd, opening.oStart).includes(':');
}

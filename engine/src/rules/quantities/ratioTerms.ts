/**
 * `quantity`, the second term of a ratio of another thing: a fact base that gives a ratio (one
 * doctor for every 2,400 people, «طبيب واحد لكل 2400 نسمة») is compared with a draft's ratio of
 * the same first term only. A ratio of another thing in the draft ("one bed for every 865
 * people", «سرير لكل 865 نسمة») counts no people of the article's ratio.
 */
import { analyse, type Token } from '../../analysis';
import { tokenStems, type KnowledgeIndex } from '../../knowledge';
import { numbers, type NumberExpression } from '../../extract/numbers';
import { ratioLeadAfter, ratioLeadBefore, textHasRatio } from '../../extract/ratios';

/** How many words before the words of a ratio its first term's noun may stand (one doctor for every). */
const FIRST_TERM_REACH = 3;

/** The stems of the words before the words of a ratio that ends right before token `start`: its first term, figures aside. */
function firstTermStems(tokens: readonly Token[], start: number, figures: ReadonlySet<number>): string[] {
  const lead = ratioLeadBefore(tokens, start);
  if (lead === 0) return [];
  const out: string[] = [];
  const leadStart = start - lead;
  for (let k = leadStart - 1; k >= 0 && k >= leadStart - FIRST_TERM_REACH && tokens[k]!.clause === tokens[start]!.clause; k--) {
    if (figures.has(k) || tokens[k]!.key.length < 3) continue;
    // An Arabic noun and its indefinite accusative (طبيب, طبيباً) are one word.
    for (const stem of tokenStems(tokens[k]!)) out.push(stem.stem, stem.stem.replace(/(?<=..)ا$/, ''));
  }
  return out;
}

/** The stems of tokens [`from`, `to`), each Arabic one with and without the alef of its indefinite accusative. */
function stemsOf(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    if (tokens[k]!.key.length < 3) continue;
    for (const stem of tokenStems(tokens[k]!)) out.push(stem.stem, stem.stem.replace(/(?<=..)ا$/, ''));
  }
  return out;
}

const byKnowledge = new WeakMap<KnowledgeIndex, Set<string>>();

/** The stems of the first terms of the fact base's ratios (doctor, «طبيب»). */
function ratioFirstTerms(knowledge: KnowledgeIndex): Set<string> {
  let terms = byKnowledge.get(knowledge);
  if (terms) return terms;
  terms = new Set();
  for (const fact of knowledge.quantities) {
    if (!fact.fact.evidence.some((range) => textHasRatio(range.text))) continue;
    // The fact's qualifier names its first term in both languages (doctor, «طبيب»).
    for (const word of [...(fact.fact.qualifier?.ar ?? []), ...(fact.fact.qualifier?.en ?? [])]) {
      for (const token of analyse(word, 'plaintext').tokens) for (const stem of tokenStems(token)) terms.add(stem.stem);
    }
    for (const range of fact.fact.evidence) {
      if (!textHasRatio(range.text)) continue;
      const text = analyse(range.text, 'plaintext');
      const all = numbers(text);
      const figures = new Set(all.flatMap((number) => Array.from({ length: number.tokenEnd - number.tokenStart }, (_, k) => number.tokenStart + k)));
      for (const number of all) for (const stem of firstTermStems(text.tokens, number.tokenStart, figures)) terms.add(stem);
    }
  }
  byKnowledge.set(knowledge, terms);
  return terms;
}

/**
 * Whether `number` is a term of a ratio of another thing than the fact base's ratios: the second
 * term of a ratio whose first term names none of their first terms (a bed, not a doctor), or a
 * first term whose noun (the words between it and the words of ratio) names none of them (3
 * workers for every 100 metres).
 */
export function ratioOfAnotherThing(knowledge: KnowledgeIndex, tokens: readonly Token[], number: NumberExpression, figures: ReadonlySet<number>): boolean {
  const starts = new Set<number>();
  for (const figure of figures) if (!figures.has(figure - 1)) starts.add(figure);
  const leadStart = ratioLeadBefore(tokens, number.tokenStart) > 0 ? -1 : ratioLeadAfter(tokens, number.tokenEnd, starts);
  const own = leadStart >= 0 ? stemsOf(tokens, number.tokenEnd, leadStart) : firstTermStems(tokens, number.tokenStart, figures);
  if (own.length === 0) return false;
  const terms = ratioFirstTerms(knowledge);
  // A fact base that names its ratio's first term in one language only says nothing of the other's words.
  const script = /[\u0600-\u06ff]/.test(own[0]!) ? 'ar' : 'latin';
  if (![...terms].some((term) => (/[\u0600-\u06ff]/.test(term) ? 'ar' : 'latin') === script)) return false;
  return !own.some((stem) => terms.has(stem));
}

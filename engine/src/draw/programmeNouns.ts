/**
 * A noun naming a whole programme (the exams, «الامتحانات») in the complement of a head that names
 * one of its events or parts (the results of the exams, exam results, «نتائج الامتحانات»): there it
 * names the programme, and is no trigger of the event dated beside the phrase. The words are
 * `lexicon.ts` `PROGRAMME_NOUNS` and `PROGRAMME_PARTS`.
 */
import type { DrawContext } from './context';
import { key } from './words';
import { PROGRAMME_NOUNS, PROGRAMME_PARTS } from './lexicon';

const PROGRAMMES = new Set(PROGRAMME_NOUNS.map(key));
const PARTS = new Set(PROGRAMME_PARTS.map(key));

/** How many words may stand between "of" and the programme noun: the national secondary school exams. */
const MODIFIERS = 4;

/** Whether a token is a part's head, with an Arabic conjunction or preposition before it (ونتائج). */
function partAt(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k];
  if (!token) return false;
  return PARTS.has(token.key) || (ctx.lang === 'ar' && PARTS.has(token.key.replace(/^(و|ف|ب|ل)/, '')));
}

/**
 * The part's head whose complement the programme noun at token `k` is, in its clause: right
 * before it in Arabic («نتائج الامتحانات», «أوراق الامتحانات»), and in English right after it (exam
 * results, exam papers) or before "of" with at most four words between "of" and the noun (the
 * results of the national secondary school exams); undefined for any other word.
 */
export function programmeHead(ctx: DrawContext, k: number): number | undefined {
  const tokens = ctx.tokens;
  const token = tokens[k]!;
  const noun = ctx.lang === 'ar' ? token.key.replace(/^(و|ف|ب|ل)?(ال)?/, '') : token.key;
  if (!PROGRAMMES.has(noun) && !PROGRAMMES.has(token.key)) return undefined;
  const sameClause = (j: number) => tokens[j]?.clause === token.clause;
  if (ctx.lang === 'ar') return sameClause(k - 1) && partAt(ctx, k - 1) ? k - 1 : undefined;
  if (sameClause(k + 1) && partAt(ctx, k + 1)) return k + 1;
  for (let j = k - 1; j >= 1 && k - j <= MODIFIERS + 1 && sameClause(j); j--) if (tokens[j]!.key === 'of') return sameClause(j - 1) && partAt(ctx, j - 1) ? j - 1 : undefined;
  return undefined;
}

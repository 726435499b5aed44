/**
 * `quantity`, counts stated after their noun: "the number of injured reached 45", "the death toll
 * stands at nine", "rescues totalled 150", «بلغ عدد الجرحى 45», «عدد المدارس المغلقة بلغ 35»,
 * «ارتفعت حصيلة القتلى إلى تسعة», «عدد الناجحين نحو 70 ألفاً». The figure is the first number of
 * the noun's clause after it, within a few words, and a link word (`lexicon/numbers.ts`
 * `COUNT_LINKS`) stands right before it, or (a strong link) before the word that opens the noun
 * («بلغ عدد …»), or, in Arabic, the figure follows the opened noun at once. A figure after a
 * comparison word ("up from 30", «مقارنة بـ30») is never the first after the link, so it is not
 * read as the current count.
 */
import type { Analysis, Token } from '../../analysis';
import type { NumberExpression } from '../../extract/numbers';
import { COUNT_LINKS, COUNT_OPENERS, HEDGES } from '../../lexicon/numbers';
import { wordKey } from '../../tokenKey';
import { measureAt, unitAt } from '../../align';

/** How many words may stand between the noun and its figure ("from the floods rose to"). */
const REACH = 6;

/**
 * How many words may stand between a noun opened as a count ("the number of", «عدد») and its
 * figure, over a relative clause or a phrase that narrows it ("the number of families who lost
 * their homes in the floods reached 340", «بلغ عدد الناجحين في الدورة الرئيسية لامتحان البكالوريا
 * لهذا العام 65931»), when no other fact's noun stands between them.
 */
const OPENED_REACH = 14;

const OPENERS = new Set(COUNT_OPENERS.map(wordKey));

/** Nouns of a whole whose size "of" gives: a workforce of 1,580, a staff of 200, a crew of 12 (folded). */
const COLLECTIVES: ReadonlySet<string> = new Set(['workforce', 'staff', 'crew', 'membership'].map(wordKey));
const LINKS = COUNT_LINKS.map((link) => ({ keys: link.words.map(wordKey), weak: !!link.weak }));
const HEDGE_KEYS = HEDGES.map((hedge) => hedge.words.map(wordKey));

/** Whether a token is an opener, bare or behind و or ب («وعدد», «بحصيلة»). */
function isOpener(token: Token | undefined): boolean {
  if (!token) return false;
  if (OPENERS.has(token.key)) return true;
  return token.script === 'ar' && /^[وب]/.test(token.key) && OPENERS.has(token.key.slice(1));
}

/** Whether the Arabic noun at token `noun` is opened by the word before it («عدد الجرحى»). */
export function openedNoun(tokens: readonly Token[], noun: number): boolean {
  return tokens[noun]!.script === 'ar' && isOpener(tokens[noun - 1]);
}

/**
 * The token of the opener of the noun at token `noun`: an Arabic opener right before it («عدد
 * الجرحى»), "number of" or "total of" before it (with one word between: "number of fire engines"), or the noun itself when "toll" follows it ("the
 * death toll").
 */
export function openerOf(tokens: readonly Token[], noun: number): number | undefined {
  const before = tokens[noun - 1];
  if (before && before.script === 'ar' && isOpener(before)) return noun - 1;
  if (before?.key === 'of' && isOpener(tokens[noun - 2])) return noun - 2;
  // One word of the noun's own between them: "the number of fire engines", "of primary schools".
  if (tokens[noun - 2]?.key === 'of' && before?.script === 'latin' && before.clause === tokens[noun]!.clause && isOpener(tokens[noun - 3])) return noun - 3;
  if (tokens[noun + 1]?.key === 'toll') return noun;
  return undefined;
}

/** The length of a hedge that ends right before token `end` and after token `noun`, or 0. */
function hedgeBefore(tokens: readonly Token[], end: number, noun: number): number {
  const hedge = HEDGE_KEYS.find((keys) => end - keys.length > noun && keys.every((key, k) => tokens[end - keys.length + k]!.key === key));
  return hedge?.length ?? 0;
}

/** The link that ends right before token `end`, if one does: its first token and strength. */
function linkBefore(tokens: readonly Token[], end: number): { start: number; weak: boolean } | undefined {
  for (const link of LINKS) {
    const start = end - link.keys.length;
    if (start < 0) continue;
    if (link.keys.every((key, k) => tokens[start + k]!.key === key)) return { start, weak: link.weak };
  }
  return undefined;
}

/**
 * The figure stated for the noun at token `noun`: the first number of its clause after it, within
 * `REACH` words, tied to it by a link or an opener; not one written with a unit of its own (35
 * km, 12 days), nor one followed by another fact's noun (`otherNoun`).
 */
export function statedCount(analysis: Analysis, all: readonly NumberExpression[], noun: number, otherNoun: (token: Token) => boolean): NumberExpression | undefined {
  const tokens = analysis.tokens;
  const clause = tokens[noun]!.clause;
  // An Arabic number word right after a noun of time («خلال الأشهر العشرة الأولى», «في الأسابيع الستة
  // الماضية») counts the period, not the noun; a figure in digits there is the noun's («لهذا العام 65931»).
  const period = (n: NumberExpression) => n.style === 'ar-words' && n.tokenStart - 1 > noun && !!unitAt(tokens[n.tokenStart - 1]);
  const number = all.find((n) => n.tokenStart > noun && tokens[n.tokenStart]!.clause === clause && !period(n));
  if (!number || number.unit || unitAt(tokens[number.tokenEnd]) || measureAt(tokens[number.tokenEnd])) return undefined;
  const opener = openerOf(tokens, noun);
  if (number.tokenStart - noun > REACH + 1 && !(opener !== undefined && number.tokenStart - noun <= OPENED_REACH + 1 && !tokens.slice(noun + 1, number.tokenStart).some(otherNoun))) return undefined;
  const next = tokens[number.tokenEnd];
  if (next && next.clause === clause && otherNoun(next)) return undefined;
  // Hedges before the figure belong to it: "reached more than 45", «إلى نحو 45».
  let end = number.tokenStart;
  for (let hedge = hedgeBefore(tokens, end, noun); hedge > 0; hedge = hedgeBefore(tokens, end, noun)) end -= hedge;
  // A collective noun states its size after "of" ("a workforce of 1,580", "a staff of about 200").
  if (end === noun + 2 && tokens[noun + 1]!.key === 'of' && COLLECTIVES.has(tokens[noun]!.key)) return number;
  const link = end - 1 > noun ? linkBefore(tokens, end) : undefined;
  if (link && link.start > noun && (!link.weak || opener !== undefined)) return number;
  if (opener === undefined) return undefined;
  // «بلغ عدد الجرحى في الفيضانات 45»: a strong link before the opener states the figure after.
  const early = linkBefore(tokens, opener);
  if (early && !early.weak && tokens[early.start]!.clause === clause) return number;
  // «عدد الناجحين نحو 70 ألفاً»: an Arabic opened noun followed at once by its figure.
  return tokens[noun]!.script === 'ar' && end === noun + 1 ? number : undefined;
}

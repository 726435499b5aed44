/**
 * Ranks: an ordinal beside the noun it ranks (the second cyclone to hit Queensland, «ثاني منخفض
 * يضرب الأردن», «العاصفة الثالثة التي تضرب البلاد»), drawn as a quantity of unit `other` with that
 * noun and the place its clause names as subject, which the quantity rule compares with a draft's
 * ordinal beside the same noun (rules/quantities/ordinals.ts). "First" is left out (the first
 * time, the first half: too often no rank of the story's), and so are an ordinal after "a" (a
 * second storm: another one), a capitalised one (the Second World War), a month's (كانون الثاني),
 * a clock's hour (الساعة الثانية) and an adjective ranked («الحرب العالمية الثانية»). A noun ranked with two values is left out,
 * and so is a noun the article also ranks first: a series (the first convoy, the second convoy).
 */
import { ordinalAt } from '../extract/ordinals';
import { dates } from '../extract/dates';
import { AR_STOP } from '../lexicon/functionWords';
import type { DrawContext } from './context';
import { key } from './words';

/** Words before an English ordinal that make it a rank of the noun after it: the, its, their. */
const EN_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);
/**
 * Nouns an ordinal does not rank: a part of a whole (half, quarter), months named by an ordinal
 * (كانون الثاني, تشرين الأول) and the hour of a clock time (الساعة الثانية فجراً: two o'clock).
 */
const NOT_RANKED = new Set(['half', 'quarter', 'time', 'كانون', 'تشرين', 'ربيع', 'جمادى', 'جمادي', 'مره', 'المره', 'للمره', 'نصف', 'النصف', 'ربع', 'الربع', 'الساعه', 'ساعه'].map(key));

interface Rank {
  value: number;
  noun: string;
  subject?: string;
  start: number;
  end: number;
}

/** The rank at token `i`, if its ordinal ranks a noun beside it; "first" only when `first` is set. */
function rankAt(ctx: DrawContext, i: number, inDate: Uint8Array, first = false): Rank | undefined {
  const tokens = ctx.tokens;
  const token = tokens[i]!;
  const ordinal = ordinalAt(token);
  if (!ordinal || ordinal.value < (first ? 1 : 2) || ordinal.value > 20 || inDate[i] || token.quote !== -1) return undefined;
  const at = ordinal.article ? i - 1 : i + 1;
  const noun = tokens[at];
  if (!noun || noun.clause !== token.clause || noun.quote !== -1 || inDate[at]) return undefined;
  if (ctx.personAt[at] !== -1 || ctx.orgAt.has(at) || ctx.placeAt.has(at) || NOT_RANKED.has(noun.key) || noun.key.length < 3 || /\d/.test(noun.key)) return undefined;
  if (token.script === 'latin') {
    if (/^\p{Lu}/u.test(ctx.word(i)) || !EN_DETERMINERS.has(tokens[i - 1]?.key ?? '') || noun.script !== 'latin' || !/^[a-z][a-z-]+$/.test(ctx.word(at))) return undefined;
  } else {
    // «العاصفة الثالثة»: the noun before takes the article as the ordinal does; «ثاني منخفض»: the noun after has none.
    if (noun.script !== 'ar' || AR_STOP.has(noun.key) || (ordinal.article ? !/^(و|ف|ب|ل)?ال/.test(noun.key) : /^ال/.test(noun.key))) return undefined;
    // An adjective ranked (الحرب العالمية الثانية) is a name's.
    if (/يه$/.test(noun.key)) return undefined;
  }
  let subject: string | undefined;
  for (let k = i + 1; k < tokens.length && tokens[k]!.clause === token.clause && !subject; k++) subject = ctx.placeAt.get(k);
  return { value: ordinal.value, noun: ctx.word(at).replace(/[\u064b-\u065f\u0640]/g, ''), subject, start: Math.min(i, at), end: Math.max(i, at) + 1 };
}

/** The forms of a ranked noun: as written, and without the Arabic article or with the English plural. */
function nounForms(noun: string, lang: 'ar' | 'en'): string[] {
  if (lang === 'en') return [...new Set([noun.toLowerCase(), noun.toLowerCase().endsWith('s') ? noun.toLowerCase() : `${noun.toLowerCase()}s`])];
  const bare = noun.replace(/^(و|ف)(?=ال)/, '').replace(/^(ب|ل)(?=ال)/, '');
  return [...new Set([bare, /^ال/.test(bare) && bare.length > 4 ? bare.slice(2) : bare])];
}

/** Draws the article's ranks into `ctx.out.quantities`. */
export function drawRanks(ctx: DrawContext): void {
  const tokens = ctx.tokens;
  const inDate = new Uint8Array(tokens.length);
  for (const d of dates(ctx.analysis)) for (let k = d.tokenStart; k < d.tokenEnd; k++) inDate[k] = 1;
  const found: Rank[] = [];
  for (let i = ctx.datelineEnd; i < tokens.length; i++) {
    const rank = rankAt(ctx, i, inDate);
    if (rank) found.push(rank);
  }
  const nounOf = (rank: Rank) => key(nounForms(rank.noun, ctx.lang).at(-1)!);
  const nounKey = (rank: Rank) => `${nounOf(rank)}|${rank.subject ?? ''}`;
  // A noun the article also ranks first (أول قافلة … القافلة الثانية; the first group … the
  // second group), headline included, is a series: each ordinal names another of its members, and
  // none is the rank of the story's.
  const series = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const rank = ordinalAt(tokens[i])?.value === 1 ? rankAt(ctx, i, inDate, true) : undefined;
    if (rank) series.add(nounOf(rank));
  }
  for (const rank of found) {
    if (series.has(nounOf(rank))) continue;
    // A noun ranked twice with two values ties neither.
    if (found.some((other) => other !== rank && nounKey(other) === nounKey(rank) && other.value !== rank.value)) continue;
    if (found.indexOf(rank) !== found.findIndex((other) => nounKey(other) === nounKey(rank))) continue;
    ctx.out.quantities.push({
      id: ctx.id(`rank-${rank.value}`),
      value: rank.value,
      unit: 'other',
      noun: { [ctx.lang]: nounForms(rank.noun, ctx.lang) },
      ...(rank.subject ? { subject: rank.subject } : {}),
      evidence: [ctx.clauseEvidence(rank.start, rank.end)],
    });
  }
}

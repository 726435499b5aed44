/**
 * Counts said without a figure, and the two ends of a range, for `quantities.ts`: a count said by
 * the dual of its noun (شخصان, مروحيتين: two), vague counts (dozens of homes, hundreds of
 * residents, عشرات المنازل, آلاف الأشخاص) drawn as a lower bound marked unsure, and ranges
 * (between 30 and 40, «بين 30 و40», 30-40, 30 to 40) whose two ends are drawn as bounds marked
 * unsure: a draft figure inside the range is not wrong, so neither end is an exact figure.
 */
import type { NumberExpression } from '../extract/numbers';
import type { DrawContext } from './context';
import { COUNT_NOUNS, quantityNounAt, type QuantityNoun } from './quantityNouns';
import { key } from './words';

/** How a figure drawn here is hedged: a lower bound or an upper bound. */
export type Bound = 'at-least' | 'up-to';

/** A count read from words: its number (made up for a word that is no figure), its noun and its hedge. */
export interface WordCount {
  number: NumberExpression;
  read: { value: number; unit: string; currency?: string; end: number; noun?: string; known?: QuantityNoun; weak?: boolean; fate?: QuantityNoun };
  approx?: Bound;
  /** Why the count is drawn for review only (a vague count), if it is. */
  review?: string;
}

/**
 * Vague counts, by their folded words, with the least they can mean: an English plural two of its
 * unit (dozens: 24), an Arabic plural three (عشرات: 30), as the grammar of each language counts.
 */
const VAGUE: readonly { words: string[]; value: number }[] = (
  [
    ['tens of thousands', 20000],
    ['hundreds of thousands', 200000],
    ['dozens', 24],
    ['scores', 40],
    ['hundreds', 200],
    ['thousands', 2000],
    ['millions', 2e6],
    ['عشرات الآلاف', 30000],
    ['مئات الآلاف', 300000],
    ['عشرات', 30],
    ['مئات', 300],
    ['آلاف', 3000],
    ['ملايين', 3e6],
  ] as const
).map(([words, value]) => ({ words: words.split(' ').map(key), value }));

/** Words between a vague count and its noun: dozens of (the) homes, عشرات من المنازل. */
const LINKS = new Set(['of', 'the', 'من'].map(key));

/** The vague count whose first word is token `i` (a clitic و or ب allowed on it), with the token past its words. */
function vagueAt(ctx: DrawContext, i: number): { value: number; end: number } | undefined {
  const tokens = ctx.tokens;
  const first = tokens[i]!.key.replace(/^[وب](?=..)/, '');
  for (const { words, value } of VAGUE) {
    if (words[0] !== first && words[0] !== tokens[i]!.key) continue;
    if (words.every((word, j) => j === 0 || (tokens[i + j]?.key === word && tokens[i + j]!.clause === tokens[i]!.clause))) return { value, end: i + words.length };
  }
  return undefined;
}

/** The counted noun of the table after a vague count (dozens of homes, عشرات المنازل), at most two linking words on. */
function vagueCount(ctx: DrawContext, i: number): WordCount | undefined {
  const vague = vagueAt(ctx, i);
  if (!vague) return undefined;
  const tokens = ctx.tokens;
  let k = vague.end;
  while (k < vague.end + 2 && tokens[k] && tokens[k]!.clause === tokens[i]!.clause && LINKS.has(tokens[k]!.key)) k++;
  if (!tokens[k] || tokens[k]!.clause !== tokens[i]!.clause || ctx.personAt[k] !== -1) return undefined;
  const found = quantityNounAt(COUNT_NOUNS, tokens, k, true);
  if (!found) return undefined;
  const number = synthetic(ctx, i, vague.end, vague.value);
  return {
    number,
    read: { value: vague.value, unit: 'count', end: found.tokenEnd, noun: ctx.text(k, found.tokenEnd), known: found.entry },
    approx: 'at-least',
    review: `a vague count (${ctx.text(i, vague.end)}): drawn as its least; give the article's figure if it has one, or delete the fact`,
  };
}

/** A number expression for words that are no figure (dozens, the dual مستشفيان), so the quantities' loop reads them as it reads figures. */
function synthetic(ctx: DrawContext, tokenStart: number, tokenEnd: number, value: number): NumberExpression {
  const tokens = ctx.tokens;
  return { value, tokenStart, tokenEnd, start: tokens[tokenStart]!.oStart, end: tokens[tokenEnd - 1]!.oEnd, style: tokens[tokenStart]!.script === 'ar' ? 'ar-words' : 'en-words' };
}

/** The Arabic singular forms of the counted-noun table (folded), for the dual of one. */
let singulars: Map<string, QuantityNoun> | undefined;
/** Every one-word Arabic form of the table (folded): a plural in ان (بلدان) is no dual. */
let arabicForms: Set<string> | undefined;

/** The table's one-word Arabic forms whose dual may be read: those its entry writes no plural in ين for (عامل has the plural عاملين, which reads as a dual). */
function singularForms(): Map<string, QuantityNoun> {
  if (singulars) return singulars;
  singulars = new Map();
  arabicForms = new Set();
  for (const entry of COUNT_NOUNS) {
    const forms = entry.ar.filter((form) => !form.includes(' ')).map(key);
    for (const form of forms) arabicForms.add(form);
    for (const form of forms) if (!form.endsWith('ا') && !form.endsWith('ين') && !forms.includes(`${form}ين`)) singulars.set(form, entry);
  }
  return singulars;
}

/**
 * The count a dual noun says (شخصان, مروحيتين, المستشفيين: two): its noun is a singular of the
 * counted-noun table. A dual in ين of a masculine noun is read only where no sound plural could be
 * meant: not a participle (مسلح, عامل), whose plural is written the same way.
 */
function dualCount(ctx: DrawContext, i: number): WordCount | undefined {
  const token = ctx.tokens[i]!;
  if (token.script !== 'ar') return undefined;
  if (ctx.personAt[i] !== -1) return undefined;
  const bare = token.key.replace(/^و?(?:ال|[بل]ال|[بل])(?=...)/, '');
  for (const word of new Set([token.key, token.key.replace(/^و(?=...)/, ''), bare])) {
    const entry = dualOf(word);
    if (entry) return { number: synthetic(ctx, i, i + 1, 2), read: { value: 2, unit: 'count', end: i + 1, noun: ctx.word(i), known: entry } };
  }
  return undefined;
}

/** The table entry whose singular `word` (folded, without clitics) is the dual of. */
function dualOf(word: string): QuantityNoun | undefined {
  const match = /^(.{2,}?)(ت)?(ان|ين)$/.exec(word);
  const table = singularForms();
  if (!match || arabicForms!.has(word)) return undefined;
  const [, stem, feminine, ending] = match;
  const singular = feminine ? `${stem!}ه` : stem!;
  // A masculine noun in ين may be a sound plural (عاملين, متظاهرين): only a noun of another shape is a dual there.
  if (!feminine && ending === 'ين' && (singular.startsWith('م') || singular[1] === 'ا')) return undefined;
  return table.get(singular);
}

/**
 * The counts said in words in the article, by their first token: vague counts and duals, none
 * inside a figure the number reader found (the dual مليوني is a figure).
 */
export function wordCounts(ctx: DrawContext, figures: readonly NumberExpression[]): Map<number, WordCount> {
  const inFigure = new Uint8Array(ctx.tokens.length);
  for (const n of figures) for (let k = n.tokenStart; k < n.tokenEnd; k++) inFigure[k] = 1;
  const out = new Map<number, WordCount>();
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (inFigure[i]) continue;
    const found = vagueCount(ctx, i) ?? dualCount(ctx, i);
    if (!found) continue;
    out.set(i, found);
    // The words of a vague count of several words (tens of thousands) hold no other.
    i = found.number.tokenEnd - 1;
  }
  return out;
}

/** Words before the first end of a range: between 30 and 40, «بين 30 و40», «ما بين». */
const BETWEEN = new Set(['between', 'بين', 'وبين'].map(key));
/** Words that join the two ends of a range (30 to 40, 30 إلى 40); «من 30 إلى 40» after من is a change, not a range. */
export const TO = new Set(['to', 'الي', 'حتي'].map(key));

/** A key up to its first digit, its clitics (و40 → و, الي5 → الي), found in one pass: a pattern anchored at the end was quadratic on a long run of digits. */
export function beforeDigit(key: string): string {
  const at = key.search(/\d/);
  return at < 0 ? key : key.slice(0, at);
}
/** Words before a pair that make it a change from one figure to another (rose from 30 to 40). */
const FROM = new Set(['from', 'من'].map(key));

/** One end of a range: its hedge and the other end. */
export interface RangeEnd {
  approx: Bound;
  other: NumberExpression;
}

/** The sign a figure is written with: % or ٪ after it, a currency sign before it, or none. */
function signOf(ctx: DrawContext, n: NumberExpression): string {
  const after = ctx.article[ctx.tokens[n.tokenEnd - 1]!.oEnd] ?? '';
  if (after === '%' || after === '٪') return '%';
  const before = ctx.article[ctx.tokens[n.tokenStart]!.oStart - 1] ?? '';
  return /[$£€¥]/.test(before) ? before : '';
}

/**
 * Whether figures `a` and `b` are joined as a range: between a and b, a to b, a-b (a below b),
 * both of one kind (30 to 40%, $3m to $5m; not 12% to €450m, a change and its result).
 */
function joined(ctx: DrawContext, a: NumberExpression, b: NumberExpression): boolean {
  const tokens = ctx.tokens;
  const signA = signOf(ctx, a);
  if (signA && signA !== signOf(ctx, b)) return false;
  if (a.value >= b.value || tokens[a.tokenStart]!.sentence !== tokens[b.tokenStart]!.sentence || b.tokenStart - a.tokenEnd > 1) return false;
  // A comma between ends no range: «تراجعت 18 في المئة، إلى 96 مليون جنيه» is a change and the amount it came to.
  if (tokens[a.tokenEnd - 1]!.clause !== tokens[b.tokenStart]!.clause) return false;
  const before = tokens[a.tokenStart - 1]?.key ?? '';
  if (FROM.has(before)) return false;
  const link = b.tokenStart > a.tokenEnd ? tokens[a.tokenEnd]!.key : '';
  // The clitic before the second figure's digits («و40»).
  const clitic = beforeDigit(tokens[b.tokenStart]!.key);
  if (BETWEEN.has(before)) return link === 'and' || (!link && clitic === 'و');
  if (TO.has(link) || TO.has(clitic)) return true;
  return !link && /^\s*[-–]\s*$/.test(ctx.gap(a.tokenEnd - 1, b.tokenStart));
}

/** The words of a percentage that the number reader takes for a hundred («في المئة», «بالمئة»), folded. */
const HUNDRED_OF_PERCENT = new Set(['المئة', 'المائة', 'بالمئة', 'بالمائة'].map(key));

/**
 * Whether a figure is the hundred of a percentage's words («11 في المئة», «بالمئة»): it is no
 * figure of its own, so it is no end of a range with the amount after it («ارتفعت الإيرادات 11 في
 * المئة إلى 9.8 مليار درهم» is a change and the amount it came to, not «المئة إلى 9.8 مليار»).
 */
function hundredOfPercent(ctx: DrawContext, n: NumberExpression): boolean {
  const token = ctx.tokens[n.tokenStart]!;
  if (n.tokenEnd - n.tokenStart !== 1 || !HUNDRED_OF_PERCENT.has(token.key)) return false;
  return token.key.startsWith(key('بال')) || ctx.tokens[n.tokenStart - 1]?.key === key('في');
}

/** The ends of the article's ranges, by the first token of each end. */
export function rangeEnds(ctx: DrawContext, all: readonly NumberExpression[]): Map<number, RangeEnd> {
  const out = new Map<number, RangeEnd>();
  const figures = all.filter((n) => !hundredOfPercent(ctx, n));
  for (let j = 1; j < figures.length; j++) {
    const a = figures[j - 1]!;
    const b = figures[j]!;
    if (!joined(ctx, a, b)) continue;
    out.set(a.tokenStart, { approx: 'at-least', other: b });
    out.set(b.tokenStart, { approx: 'up-to', other: a });
  }
  return out;
}

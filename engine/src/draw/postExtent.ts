/**
 * The words of a post's title around its head in a drawn article: the words that end its
 * complement, English words before the head that belong to it (Home Secretary, the environment
 * minister, the food safety minister, Forests and Environment Minister), a deputy's word before it,
 * a former post's words of time, and a possessive that owns it.
 */
import type { DrawContext } from './context';
import { DEPUTY_OF_FAMILIES, PORTFOLIOS, ROLE_FAMILY, TITLE_SCOPE_WORDS } from '../lexicon/words';
import { isSpeech, key, titleAt, type TitleMatch } from './words';
import { nameInGuillemets } from './postTitles';

export const FORMER_WORDS = new Set(['السابق', 'السابقه', 'سابق', 'سابقا', 'الاسبق', 'former', 'then', 'ex', 'late'].map(key));

/**
 * Words of a post held for the time being (the acting director, interim chief executive, «المدير
 * بالنيابة», «بالإنابة», «بالوكالة», «المكلف»), folded: beside a title, as words of time are, they make the post acting.
 */
export const ACTING_WORDS = new Set(['acting', 'interim', 'بالنيابه', 'بالانابه', 'بالوكاله', 'المكلف', 'المكلفه'].map(key));
/** Arabic words that end a title's complement after the name: time, a clause (لاعب نادي X منذ 2022). */
const TITLE_ENDS_AR = new Set(['منذ', 'قبل', 'بعد', 'حتى', 'خلال', 'ان', 'إن', 'أن', 'الذي', 'التي', 'عندما', 'حين', 'حيث', 'إلى', 'على'].map(key));

/** English words that end a title's complement after the name: a relative clause or a verb of speech (the former chief executive who ran the company). */
const TITLE_ENDS_EN = new Set(['who', 'whom', 'whose', 'which', 'that', 'when', 'while', 'where', 'said', 'says', 'told', 'added', 'since']);

/** Lower-case words that belong to an English title before it (government spokeswoman, the executive mayor). */
export const TITLE_MODIFIERS = new Set(['government', 'shadow', 'deputy', 'foreign', 'home', 'defence', 'defense', 'state', 'finance', 'justice', 'interior', 'army', 'party', 'opposition', 'executive']);

/** English portfolio words (environment, health) that belong to a minister's title written before it in lower case (the environment minister). */
export const PORTFOLIO_WORDS_EN = new Set(Object.values(PORTFOLIOS).flat().filter((form) => /^[a-z]+$/.test(form)));

/**
 * Whether a lower-case English word before a title belongs to it: a title modifier, a portfolio of
 * a minister's or a secretary's (the environment minister, the health secretary: a cabinet
 * secretary holds a portfolio as a minister does) or of a spokesperson's (the party's health
 * spokesperson), or a word of scope (WFP country director), which
 * lets the body before it into the title.
 */
function titleModifier(word: string, title: TitleMatch): boolean {
  return TITLE_MODIFIERS.has(word) || TITLE_SCOPE_WORDS.has(word) || (PORTFOLIO_FAMILIES.has(ROLE_FAMILY[title.entry.role] ?? '') && PORTFOLIO_WORDS_EN.has(word));
}

/** The families of posts that hold a portfolio written before the head (the environment minister, the health spokesperson). */
const PORTFOLIO_FAMILIES = new Set(['minister', 'spokesperson']);

/** English words that make a title a deputy's (Deputy Mayor, the deputy transportation commissioner, an assistant minister). */
const DEPUTY_WORDS_EN = new Set(['deputy', 'assistant', 'vice']);

/**
 * The token of an English deputy's word before a title's head (Deputy Mayor Karen Whitfield, the
 * deputy transportation commissioner): at most two words before it in its clause, words of the
 * title only (no determiner, possessive, name or punctuation between), for a head of a post that
 * has deputies; -1 when there is none. Such a person holds the deputy's post, not the head's.
 */
function englishDeputyAt(ctx: DrawContext, title: TitleMatch): number {
  const family = ROLE_FAMILY[title.entry.role];
  if (ctx.lang !== 'en' || !family || !DEPUTY_OF_FAMILIES.has(family)) return -1;
  for (let k = title.start - 1; k >= 0 && title.start - k <= 3; k--) {
    const token = ctx.tokens[k]!;
    if (token.clause !== ctx.tokens[title.start]!.clause || ctx.personAt[k] !== -1 || !/^\s+$/.test(ctx.gap(k, k + 1)) || PORTFOLIO_OPENERS_EN.has(token.key) || /'s?$/.test(ctx.word(k))) return -1;
    if (DEPUTY_WORDS_EN.has(token.key)) return k;
  }
  return -1;
}

/** Arabic words that make the title after them a deputy's (نائب الرئيس التنفيذي) or an assistant's, folded, with the English word of each. */
const DEPUTY_WORDS_AR: ReadonlyMap<string, string> = new Map([
  ['نائب', 'deputy'],
  ['نائبة', 'deputy'],
  ['مساعد', 'assistant'],
  ['مساعدة', 'assistant'],
].map(([word, english]) => [key(word!), english!] as [string, string]));

/**
 * The token of an Arabic deputy's word right before a title's head that the table does not read
 * with it (نائب الرئيس التنفيذي للصندوق: the head's article keeps «نائب رئيس» from matching), in
 * its clause, for a head of a post that has deputies; -1 when there is none. Such a person holds
 * the deputy's post, not the head's: drawn as the head's, a deputy was given the chief
 * executive's post.
 */
function arabicDeputyAt(ctx: DrawContext, title: TitleMatch): number {
  const family = ROLE_FAMILY[title.entry.role];
  const k = title.start - 1;
  if (k < 0 || title.prefix > 0 || !family || !DEPUTY_OF_FAMILIES.has(family)) return -1;
  const token = ctx.tokens[k]!;
  return !!deputyWordOf(token.key) && token.clause === ctx.tokens[title.start]!.clause && /^\s+$/.test(ctx.gap(k, k + 1)) && ctx.personAt[k] === -1 ? k : -1;
}

/** The English word of a folded Arabic deputy's word, behind a conjunction و or ف (ونائب). */
function deputyWordOf(word: string): string | undefined {
  return DEPUTY_WORDS_AR.get(word) ?? (/^[وف]/.test(word) ? DEPUTY_WORDS_AR.get(word.slice(1)) : undefined);
}

/** The English word of the Arabic deputy's word at token `k` (deputy, assistant). */
export function arabicDeputyWord(ctx: DrawContext, k: number): string {
  return deputyWordOf(ctx.tokens[k]!.key) ?? 'deputy';
}

/** Words that may stand right before a run of lower-case portfolio words and its minister (the food safety minister, Britain's rail minister). */
const PORTFOLIO_OPENERS_EN = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'new', 'junior']);

/**
 * The first token of a minister's or a secretary's portfolio written in lower case before the
 * title when its words are not in the portfolio table (the food safety minister, the net zero
 * minister, rural affairs secretary): up to three lower-case words right before it, after a
 * determiner, a possessive, a comma, or "and" after another person's name (A and rural affairs
 * secretary B: the coordination opens the next person's title). The title drawn with them is the
 * article's own; drawn without them, a draft's "safety minister" would be read as another post
 * than the bare "minister". `titleStart` when there is no such run.
 */
function unlistedPortfolioStart(ctx: DrawContext, title: TitleMatch, titleStart: number): number {
  if (ctx.lang !== 'en' || ROLE_FAMILY[title.entry.role] !== 'minister') return titleStart;
  const tokens = ctx.tokens;
  let k = titleStart;
  while (k > 0 && titleStart - k < 3 && /^[a-z]+$/.test(ctx.word(k - 1)) && !PORTFOLIO_OPENERS_EN.has(tokens[k - 1]!.key) && !FORMER_WORDS.has(tokens[k - 1]!.key) && !TITLE_ENDS_EN.has(tokens[k - 1]!.key) && !andAfterName(ctx, k - 1) && /^ $/.test(ctx.gap(k - 1, k))) k--;
  if (k === titleStart) return titleStart;
  const before = tokens[k - 1];
  const opened = !before || before.clause !== tokens[titleStart]!.clause || PORTFOLIO_OPENERS_EN.has(before.key) || FORMER_WORDS.has(before.key) || /'s?$/.test(ctx.word(k - 1)) || /[,،]/.test(ctx.gap(k - 1, k)) || andAfterName(ctx, k - 1);
  return opened ? k : titleStart;
}

/** Whether token `k` is "and" right after a person's name (Alan Reid and rural affairs secretary Fiona Baxter). */
function andAfterName(ctx: DrawContext, k: number): boolean {
  return k > 0 && ctx.tokens[k]!.key === 'and' && ctx.personAt[k - 1] !== -1 && /^\s+$/.test(ctx.gap(k - 1, k));
}

/**
 * Bodies that English copy names by one capitalised word after "the" (the Treasury, the Cabinet):
 * before "and" and a minister's title they are a body beside the minister, not a first portfolio.
 * Written from British, American and Commonwealth usage in wire copy.
 */
const BODY_WORDS_EN = new Set(['treasury', 'cabinet', 'parliament', 'senate', 'congress', 'government', 'presidency', 'assembly', 'police', 'army', 'military', 'navy', 'opposition', 'palace', 'court', 'council', 'commission', 'ministry', 'department']);

/**
 * The first token of a minister's joined portfolio written before the title (Forests and
 * Environment Minister, Finance and Economic Planning Minister, Trade, Industry and Tourism
 * Minister): from `start`, the first capitalised portfolio word, back over "and" and up to three
 * capitalised words before it, joined by spaces or commas. The run must open its clause or follow a
 * determiner, a possessive or a speech verb, and hold no person, place or organisation: the post is
 * then the whole portfolio, and a draft naming either half names it. `start` when there is none.
 */
function joinedPortfolioStart(ctx: DrawContext, title: TitleMatch, start: number): number {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'en' || ROLE_FAMILY[title.entry.role] !== 'minister' || start < 2 || tokens[start - 1]!.key !== 'and') return start;
  // A list of portfolios may hold commas (Culture, Media and Sport Secretary): the run keeps to the title's sentence.
  const sentence = tokens[title.start]!.sentence;
  const plain = (k: number) => tokens[k]!.sentence === sentence && /^\p{Lu}[\p{L}-]*$/u.test(ctx.word(k)) && ctx.personAt[k] === -1 && !ctx.placeAt.has(k) && !ctx.orgAt.has(k);
  if (!/^ $/.test(ctx.gap(start - 2, start - 1)) || !/^ $/.test(ctx.gap(start - 1, start))) return start;
  let k = start - 1;
  while (k > 0 && start - 1 - k < 3 && plain(k - 1) && /^(?: |, )$/.test(ctx.gap(k - 1, k)) && !possessiveBefore(ctx, k)) k--;
  if (k === start - 1) return start;
  const before = tokens[k - 1];
  // "the Treasury and Health Minister Wes Streeting": a body named by one word after "the" is no portfolio of the title.
  if (before && (before.key === 'the' || before.key === 'a') && k === start - 2 && BODY_WORDS_EN.has(tokens[k]!.key)) return start;
  const opened = !before || before.sentence !== sentence || PORTFOLIO_OPENERS_EN.has(before.key) || possessiveBefore(ctx, k) || isSpeech(before) || /[,،]/.test(ctx.gap(k - 1, k));
  return opened ? k : start;
}

/**
 * The first token of the words before a minister's title that start at `start`, a known portfolio
 * or capitalised words: a joined portfolio before them (Forests and Environment Minister), else
 * lower-case words a known portfolio leaves out (the public health minister: the post is the public
 * health minister's, and a health minister is another).
 */
function portfolioBefore(ctx: DrawContext, title: TitleMatch, start: number): number {
  const joined = joinedPortfolioStart(ctx, title, start);
  return joined < start ? joined : unlistedPortfolioStart(ctx, title, start);
}

/** Whether a possessive ('s) ends right before token `k`: the words before it own the title and are no part of it (British Columbia's Minister of Forests). */
export function possessiveBefore(ctx: DrawContext, k: number): boolean {
  return k > 0 && /^['’]s\s/.test(ctx.gap(k - 1, k));
}

/** Determiners after "and" that open another description of the person, not more of the title (an MP for Baabda and a nephew of …). */
const DESCRIPTION_OPENERS_EN = new Set(['a', 'an', 'the', 'his', 'her', 'their']);

/** Whether English "and" at token `k` opens another description of the person: a determiner follows it. */
function anotherDescription(ctx: DrawContext, k: number): boolean {
  return ctx.lang === 'en' && ctx.tokens[k]!.key === 'and' && DESCRIPTION_OPENERS_EN.has(ctx.tokens[k + 1]?.key ?? '');
}

/**
 * The first and the end token of a title's words: before the name, up to it (or to `endBefore`);
 * after it, to its clause's end (at most eight words, no person, digit, quote or other title). In
 * English, the words before the head that belong to it (capitalised words, a portfolio, a possessive's
 * lower-case words after the name) and a deputy's word; trailing clitics cut off by a quotation mark
 * are left out.
 */
export function titleExtent(ctx: DrawContext, side: 'before' | 'after', title: TitleMatch, endBefore: number): { start: number; end: number; deputy: number } {
  const tokens = ctx.tokens;
  let end = side === 'before' ? endBefore : title.end;
  if (side === 'after') while (end < tokens.length && tokens[end]!.clause === tokens[title.start]!.clause && end - title.start < 8 && ctx.personAt[end] === -1 && !(ctx.lang === 'ar' ? TITLE_ENDS_AR : TITLE_ENDS_EN).has(tokens[end]!.key) && !anotherDescription(ctx, end) && !/\d/.test(tokens[end]!.key) && (tokens[end]!.quote === -1 || nameInGuillemets(ctx, end)) && !titleAt(tokens, end)) end++;
  // Trailing clitics cut off by a quotation mark (لـ«القابضة») are not part of the title, nor is
  // the "and" that joins the next title (co-founder and director of …).
  while (end > title.end && (tokens[end - 1]!.key.length <= 1 || (side === 'after' && tokens[end - 1]!.key === 'and'))) end--;
  let start = title.start;
  // English: capitalised words before the head belong to the title (Home Secretary, government spokeswoman).
  if (ctx.lang === 'en' && side === 'before') {
    // A word of an organisation's name right before the head is the body's, not the title's (Bank of England Governor); a possessive's stays (Ashdown Rovers' striker).
    while (start > 0 && start > title.start - 3 && tokens[start - 1]!.clause === tokens[title.start]!.clause && ctx.personAt[start - 1] === -1 && !(ctx.orgAt.has(start - 1) && /^ +$/.test(ctx.gap(start - 1, start))) && !possessiveBefore(ctx, start) && (/^\p{Lu}/u.test(ctx.word(start - 1)) || titleModifier(tokens[start - 1]!.key, title)) && !/^(the|a|an|in|on|at|by)$/.test(tokens[start - 1]!.key)) start--;
    if (start === title.start) start = unlistedPortfolioStart(ctx, title, start);
    else start = portfolioBefore(ctx, title, start);
  }
  // English, after the name: lower-case words between a possessive and the head belong to the title (the service's chief fire information officer).
  if (ctx.lang === 'en' && side === 'after') {
    let k = start;
    while (k > 0 && start - k < 3 && !possessiveBefore(ctx, k) && tokens[k - 1]!.clause === tokens[title.start]!.clause && ctx.personAt[k - 1] === -1 && /^\p{Ll}/u.test(ctx.word(k - 1)) && !/^(the|a|an|in|on|at|by|of|and|its|his|her|their)$/.test(tokens[k - 1]!.key) && !/[,،]/.test(ctx.gap(k - 1, k))) k--;
    if (k < start && possessiveBefore(ctx, k)) start = k;
    // A minister's portfolio in lower case right before the head (Y, the environment minister).
    else while (start > 0 && title.start - start < 2 && /^\p{Ll}/u.test(ctx.word(start - 1)) && titleModifier(tokens[start - 1]!.key, title) && !TITLE_MODIFIERS.has(tokens[start - 1]!.key) && /^\s+$/.test(ctx.gap(start - 1, start))) start--;
    // Lower-case words before a known portfolio are the portfolio's too (Y, the public health minister).
    start = unlistedPortfolioStart(ctx, title, start);
  }
  const deputy = ctx.lang === 'en' ? englishDeputyAt(ctx, title) : arabicDeputyAt(ctx, title);
  if (deputy >= 0) start = Math.min(start, deputy);
  return { start, end, deputy };
}

/**
 * Matches the draft's quotations to the article's quotes and aligns them word by word.
 *
 * A draft quotation is matched to the article quote it shares the most words with (through an
 * inverted index, never by scanning every quote), then aligned semi-globally: the draft may quote
 * any stretch of the article's quote (a fragment), and inside that stretch every changed, added or
 * dropped word is an edit. Words are compared folded and with conjunction clitics ignored; an
 * ellipsis or an editor's bracket in the draft, or a part the article itself inserted (its
 * `editorial` parts), excuses dropped words.
 */
import { perDraft } from './memo';
import { emptyListOfObjects, mapList } from './emptyList';
import { analyse, type Analysis, type Quotation, type Token } from './analysis';
import { stems, type Entity, type KnowledgeIndex } from './knowledge';
import { mentionedTokens } from './mentions';
import type { Quote } from './factBase/schema';
import { numbers } from './extract/numbers';
import { restatesEvidence } from './align';
import { APOSTROPHE_S_WORDS, HAS_AFTER, expandContraction } from './lexicon/contractions';

/** One difference between a draft quotation and the article's quote. */
export interface QuoteEdit {
  kind: 'changed' | 'added' | 'dropped';
  /** Draft tokens involved (for `dropped`: the draft token next to the gap). */
  draftStart: number;
  draftEnd: number;
  /** Article-quote tokens involved. */
  quoteStart: number;
  quoteEnd: number;
}

/** A draft quotation matched to an article quote. */
export interface QuoteMatch {
  quotation: Quotation;
  quote: Entity<Quote>;
  /** The article quote, analysed (tokens with offsets into the quote text). */
  quoteAnalysis: Analysis;
  edits: QuoteEdit[];
  /** Draft words that matched. */
  matched: number;
  /**
   * Whether the quotation was matched by its place rather than its words: it stands in a sentence
   * that restates the quote's own article sentence and keeps only the quote's first or last words.
   * Every match is made with all its fields (and its edits as a list of objects, even when empty),
   * so that matches have one shape where they are read.
   */
  bySlot: boolean;
}

const quoteAnalyses = new WeakMap<Quote, Analysis>();
function analyseQuote(quote: Quote): Analysis {
  let analysis = quoteAnalyses.get(quote);
  if (!analysis) {
    analysis = analyse(quote.text, 'plaintext');
    quoteAnalyses.set(quote, analysis);
  }
  return analysis;
}

const CONJUNCTIONS = ['و', 'ف'];

function bare(key: string): string {
  for (const conjunction of CONJUNCTIONS) if (key.startsWith(conjunction) && key.length > 3) return key.slice(1);
  return key;
}

/** Whether a draft word and an article word are the same word (folded, conjunctions aside). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (bare(a) === bare(b) || bare(a) === b || a === bare(b)) return true;
  // لـ + word, بـ + word: a preposition clitic the writer dropped or added.
  return stems(a).some((s) => s.stem === b) || stems(b).some((s) => s.stem === a);
}

interface IndexedQuotes {
  byWord: Map<string, number[]>;
}
const indexes = new WeakMap<KnowledgeIndex, IndexedQuotes>();
function quoteIndex(knowledge: KnowledgeIndex): IndexedQuotes {
  let index = indexes.get(knowledge);
  if (index) return index;
  index = { byWord: new Map() };
  knowledge.quotes.forEach((quote, q) => {
    for (const key of new Set(quote.keys.map(bare))) {
      const list = index.byWord.get(key) ?? [];
      list.push(q);
      index.byWord.set(key, list);
    }
  });
  indexes.set(knowledge, index);
  return index;
}


/**
 * The words of a run of tokens as a quotation is compared: English contractions spelt out ("it's"
 * is "it is", "don't" is "do not"), so contracting or expanding a quoted word is no change of
 * wording. A spelt-out word keeps its contraction's range.
 */
function quotedWords(tokens: readonly Token[], text: string): Token[] {
  const out: Token[] = [];
  tokens.forEach((token, k) => {
    if (token.script !== 'latin') {
      out.push(token);
      return;
    }
    const after = text.slice(token.oEnd, token.oEnd + 2);
    if (/^['’][sS]$/.test(after) && APOSTROPHE_S_WORDS.has(token.key) && !/[A-Za-z]/.test(text[token.oEnd + 2] ?? '')) {
      const verb = token.key === 'let' ? 'us' : HAS_AFTER.has(tokens[k + 1]?.key ?? '') ? 'has' : 'is';
      out.push({ ...token, oEnd: token.oEnd + 2 }, { ...token, text: verb, key: verb, oEnd: token.oEnd + 2, stemsCache: undefined });
      return;
    }
    const words = /['’]|^cannot$/i.test(text.slice(token.oStart, token.oEnd)) ? expandContraction(text.slice(token.oStart, token.oEnd)) : undefined;
    if (!words) {
      out.push(token);
      return;
    }
    for (const word of words) out.push({ ...token, text: word, key: word, stemsCache: undefined });
  });
  return out;
}

/**
 * Widens each edit that covers part of a contraction to the whole of it on both sides (the words
 * of one contraction share its range), so a finding and its fix name "it's", not its "is".
 */
function wholeContractions(edits: QuoteEdit[], draft: readonly Token[], article: readonly Token[]): QuoteEdit[] {
  const one = (words: readonly Token[], a: number, b: number) => a >= 0 && words[a] !== undefined && words[b] !== undefined && words[a].oStart === words[b].oStart && words[a].oEnd === words[b].oEnd;
  // Mapped by `mapList` even when there are no edits (most quotations): code that V8 has compiled
  // before meeting an edit then calls the function below as `mapList` calls any function, where a
  // path of its own, never run before, threw `computeQuoteMatches` away at the first edit.
  return mapList(edits, (edit) => {
    const out = { ...edit };
    // The words before and after an edit are aligned pairs, so each side widens with the other.
    for (let guard = 0; guard < 6 && out.draftStart > 0 && out.quoteStart > 0; guard++) {
      if (!one(draft, out.draftStart - 1, out.draftStart) && !one(article, out.quoteStart - 1, out.quoteStart)) break;
      out.draftStart--;
      out.quoteStart--;
    }
    for (let guard = 0; guard < 6 && out.draftEnd < draft.length && out.quoteEnd < article.length; guard++) {
      if (!one(draft, out.draftEnd - 1, out.draftEnd) && !one(article, out.quoteEnd - 1, out.quoteEnd)) break;
      out.draftEnd++;
      out.quoteEnd++;
    }
    if (out.draftStart < out.draftEnd && out.quoteStart < out.quoteEnd && (out.draftStart !== edit.draftStart || out.draftEnd !== edit.draftEnd)) out.kind = 'changed';
    return out;
  });
}

/** The words of an article quote, as `quotedWords` compares them. */
const articleWordCache = new WeakMap<Analysis, Token[]>();
function articleWords(quoteAnalysis: Analysis): Token[] {
  let words = articleWordCache.get(quoteAnalysis);
  if (!words) {
    words = quotedWords(quoteAnalysis.tokens.filter((token) => token.script !== 'other'), quoteAnalysis.text);
    articleWordCache.set(quoteAnalysis, words);
  }
  return words;
}

/** Matches every quotation of the draft that is close enough to an article quote. */
export const quoteMatches = perDraft(computeQuoteMatches);

/** A Markdown block quotation's line with no quotation mark in it, and a byline line. */
const BLOCK_QUOTE_LINE = /^[ \t]{0,3}>[^"«»“”„\n]*$/;
const BYLINE_LINE = /^[ \t]*(?:—|–|―|--)[ \t]*\S/;

const blockQuotationCache = new WeakMap<Analysis, Quotation[]>();

/**
 * Block quotations without quotation marks that a byline attributes: a Markdown block quotation's
 * line ("> Our crews cannot start work …") followed, after at most two blank or empty quotation
 * lines, by a line opening with a dash ("— Mark Dwyer, Ergon Energy"). The whole line is the
 * quotation; rules/quotes/speaker.ts reads its speaker from the byline.
 */
export function blockQuotations(analysis: Analysis): Quotation[] {
  const cached = blockQuotationCache.get(analysis);
  if (cached) return cached;
  const out: Quotation[] = [];
  const text = analysis.text;
  const lines: { start: number; end: number }[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end });
    start = end + 1;
  }
  let token = 0;
  lines.forEach((line, l) => {
    const content = text.slice(line.start, line.end);
    if (content.length > 2000 || !BLOCK_QUOTE_LINE.test(content)) return;
    let next = l + 1;
    while (next < lines.length && next - l <= 3 && /^[ \t>]*$/.test(text.slice(lines[next]!.start, lines[next]!.end))) next++;
    if (next >= lines.length || next - l > 3 || !BYLINE_LINE.test(text.slice(lines[next]!.start, lines[next]!.end))) return;
    while (token < analysis.tokens.length && analysis.tokens[token]!.oStart < line.start) token++;
    let end = token;
    while (end < analysis.tokens.length && analysis.tokens[end]!.oEnd <= line.end) end++;
    if (end === token) return;
    out.push({
      index: analysis.quotations.length + out.length,
      start: analysis.tokens[token]!.oStart,
      end: analysis.tokens[end - 1]!.oEnd,
      tokenStart: token,
      tokenEnd: end,
      elided: /\.\.\.|…|\[/.test(content),
    });
  });
  blockQuotationCache.set(analysis, out);
  return out;
}

function computeQuoteMatches(analysis: Analysis, knowledge: KnowledgeIndex): QuoteMatch[] {
  const out: QuoteMatch[] = [];
  if (knowledge.quotes.length > 0) {
    const index = quoteIndex(knowledge);
    const named = mentionedTokens(analysis, knowledge);
    for (const quotation of [...analysis.quotations, ...blockQuotations(analysis)]) {
      const tokens = quotationTokens(analysis, quotation);
      if (tokens.length === 2) {
        const whole = wholeShortQuote(knowledge, quotation, tokens);
        if (whole) out.push(whole);
        continue;
      }
      if (tokens.length < 3 || tokens.length > 300) continue;
      // A name in quotation marks («الإطار التنسيقي») is not a quote.
      if (tokens.every((token) => named[token.index] === 1)) continue;
      // Quotes in another script than the article's are translations: not compared word by word.
      const counts = new Map<number, number>();
      for (const key of new Set(tokens.map((token) => bare(token.key)))) {
        for (const q of index.byWord.get(key) ?? []) counts.set(q, (counts.get(q) ?? 0) + 1);
      }
      let best: QuoteMatch | undefined;
      for (const [q, count] of counts) {
        if (count < 2 || count < tokens.length * 0.4) continue;
        const quote = knowledge.quotes[q]!;
        const match = align(analysis, quotation, tokens, quote, analyseQuote(quote.fact));
        if (!match) continue;
        // Many scattered differences mean another text that shares words, not an altered quote.
        if (tokens.length < 4 && match.edits.length > 0) continue;
        const changedWords = match.edits.reduce((sum, edit) => sum + (edit.kind === 'dropped' ? 1 : edit.draftEnd - edit.draftStart), 0);
        if (match.edits.length > 3 || changedWords > Math.max(2, tokens.length * 0.3)) continue;
        if (!best || match.matched - match.edits.length > best.matched - best.edits.length) best = match;
      }
      best ??= slotMatch(analysis, knowledge, quotation, tokens);
      if (best) out.push({ ...best, edits: wholeContractions(best.edits, tokens, articleWords(best.quoteAnalysis)) });
    }
  }
  return out;
}

/**
 * A quotation of two words that is the whole of one of the article's quotes ("cooperating
 * fully"): too short to align, but the fact base names it a quote, so it is matched word for word
 * (folded, conjunctions aside). Two words that are part of a longer quote say too little.
 */
function wholeShortQuote(knowledge: KnowledgeIndex, quotation: Quotation, draft: Token[]): QuoteMatch | undefined {
  const draftBare = mapList(draft, (token) => bare(token.key));
  for (const q of quoteIndex(knowledge).byWord.get(draftBare[0]!) ?? []) {
    const quote = knowledge.quotes[q]!;
    const quoteAnalysis = analyseQuote(quote.fact);
    const article = articleWords(quoteAnalysis);
    if (article.length === 2 && article.every((token, i) => bare(token.key) === draftBare[i])) {
      return { quotation, quote, quoteAnalysis, edits: emptyListOfObjects(), matched: 2, bySlot: false };
    }
  }
  return undefined;
}

/**
 * A quotation that restates an article quote in its slot: the draft sentence restates the
 * article sentence of the quote, and the quotation keeps the quote's first or last words but
 * replaces what lies between («أولويتنا إعادة فتح الطرق» for «أولويتنا توفير الخدمات الأساسية»).
 * The replaced stretch is one changed edit.
 */
function slotMatch(analysis: Analysis, knowledge: KnowledgeIndex, quotation: Quotation, draft: Token[]): QuoteMatch | undefined {
  const sentence = analysis.tokens[quotation.tokenStart]!.sentence;
  const draftBare = mapList(draft, (token) => bare(token.key));
  let found: QuoteMatch | undefined;
  const index = quoteIndex(knowledge);
  const candidates = new Set([...(index.byWord.get(draftBare[0]!) ?? []), ...(index.byWord.get(draftBare[draft.length - 1]!) ?? [])]);
  for (const q of candidates) {
    const quote = knowledge.quotes[q]!;
    const quoteAnalysis = analyseQuote(quote.fact);
    const article = articleWords(quoteAnalysis);
    const articleBare = mapList(article, (token) => bare(token.key));
    if (article.length < 3 || (articleBare[0] !== draftBare[0] && articleBare[article.length - 1] !== draftBare[draft.length - 1])) continue;
    if (!restatesEvidence(analysis, knowledge, sentence, quote)) continue;
    let prefix = 0;
    while (prefix < Math.min(draft.length, article.length) && sameWord(draft[prefix]!.key, article[prefix]!.key)) prefix++;
    let suffix = 0;
    while (suffix < Math.min(draft.length, article.length) - prefix && sameWord(draft[draft.length - 1 - suffix]!.key, article[article.length - 1 - suffix]!.key)) suffix++;
    if (prefix + suffix >= draft.length || prefix + suffix >= article.length) continue;
    // A middle that keeps some of the quote's words is a fragment with a gap («الأعنف منذ قرن»),
    // not other words.
    const middle = draft.slice(prefix, draft.length - suffix);
    if (middle.some((token) => article.some((word) => sameWord(token.key, word.key)))) continue;
    // Two quotes that fit the slot leave it open.
    if (found) return undefined;
    const edit: QuoteEdit = { kind: 'changed', draftStart: prefix, draftEnd: draft.length - suffix, quoteStart: prefix, quoteEnd: article.length - suffix };
    found = { quotation, quote, quoteAnalysis, edits: [edit], matched: prefix + suffix, bySlot: true };
  }
  return found;
}

/** One step of the trace through the alignment table: a kept, changed, added or dropped word. */
type AlignStep = { kind: 'same' | 'changed' | 'added' | 'dropped'; i: number; j: number };

function align(analysis: Analysis, quotation: Quotation, draft: Token[], quote: Entity<Quote>, quoteAnalysis: Analysis): QuoteMatch | undefined {
  const article = articleWords(quoteAnalysis);
  if (article.length === 0) return undefined;
  // Fast path: a verbatim fragment (the common case) needs no alignment.
  const fragmentStart = verbatimStart(draft, article);
  if (fragmentStart >= 0) {
    const edits = coordinationCut(draft, article, fragmentStart, quoteAnalysis);
    return { quotation, quote, quoteAnalysis, edits, matched: draft.length, bySlot: false };
  }
  const { steps, startJ } = alignSteps(draft, article, elisions(analysis, draft), optionalWords(quote, quoteAnalysis, article));
  const matched = steps.filter((step) => step.kind === 'same').length;
  if (matched < 2 || matched < draft.length * 0.6) return undefined;
  const edits = groupEdits(steps);
  edits.unshift(...coordinationCut(draft, article, startJ, quoteAnalysis));
  const kept = edits.filter((edit) => editCounts(analysis, quotation, draft, quote, quoteAnalysis, article, edit));
  return { quotation, quote, quoteAnalysis, edits: kept, matched, bySlot: false };
}

/** Where the draft's words stand word for word in the article's quote, or -1. */
function verbatimStart(draft: Token[], article: Token[]): number {
  const m = draft.length;
  const draftBare = mapList(draft, (token) => bare(token.key));
  const articleBare = mapList(article, (token) => bare(token.key));
  for (let start = articleBare.indexOf(draftBare[0]!); start >= 0 && start + m <= article.length; start = articleBare.indexOf(draftBare[0]!, start + 1)) {
    let k = 1;
    while (k < m && articleBare[start + k] === draftBare[k]) k++;
    if (k === m) return start;
  }
  return -1;
}

/**
 * Marks the draft positions after which the draft shows an elision (..., […]): dropping article
 * words there costs nothing.
 */
function elisions(analysis: Analysis, draft: Token[]): Uint8Array {
  const elidedAfter = new Uint8Array(draft.length + 1);
  for (let r = 1; r < draft.length; r++) {
    const gap = analysis.text.slice(draft[r - 1]!.oEnd, draft[r]!.oStart);
    if (/\.\.\.|…|\[|\(/.test(gap)) elidedAfter[r] = 1;
  }
  return elidedAfter;
}

/** Marks the article's words that are its own insertion into the quote (its editorial parts). */
function optionalWords(quote: Entity<Quote>, quoteAnalysis: Analysis, article: Token[]): Uint8Array {
  const optional = new Uint8Array(article.length);
  for (const part of quote.fact.editorial ?? []) {
    const at = quoteAnalysis.text.indexOf(part);
    if (at < 0) continue;
    article.forEach((token, index) => {
      if (token.oStart >= at && token.oEnd <= at + part.length) optional[index] = 1;
    });
  }
  return optional;
}

/**
 * Aligns the draft's words with the article's quote by least cost, with a free start and end in
 * the article, and returns the steps of the best alignment in order and where it starts.
 */
function alignSteps(draft: Token[], article: Token[], elidedAfter: Uint8Array, optional: Uint8Array): { steps: AlignStep[]; startJ: number } {
  const m = draft.length;
  const n = article.length;
  // cost[i][j]: best cost aligning draft[0..i) ending at article position j (free start in article).
  const width = n + 1;
  const cost = new Int32Array((m + 1) * width);
  const move = new Uint8Array((m + 1) * width); // 1 diagonal, 2 up (added draft word), 3 left (dropped article word)
  for (let j = 0; j <= n; j++) cost[j] = 0;
  // Weights: a changed word costs 3, an added word 3 and a dropped word 2, so one changed word
  // beats an added plus a dropped one, and kept words with an elided gap beat changed ones.
  for (let i = 1; i <= m; i++) {
    cost[i * width] = 3 * i;
    move[i * width] = 2;
    for (let j = 1; j <= n; j++) {
      const same = sameWord(draft[i - 1]!.key, article[j - 1]!.key);
      const diagonal = cost[(i - 1) * width + j - 1]! + (same ? 0 : 3);
      const up = cost[(i - 1) * width + j]! + 3;
      const left = cost[i * width + j - 1]! + (elidedAfter[i] || optional[j - 1] ? 0 : 2);
      let best = diagonal;
      let choice = 1;
      if (up < best) {
        best = up;
        choice = 2;
      }
      if (left < best) {
        best = left;
        choice = 3;
      }
      cost[i * width + j] = best;
      move[i * width + j] = choice;
    }
  }
  let endJ = 0;
  for (let j = 1; j <= n; j++) if (cost[m * width + j]! <= cost[m * width + endJ]!) endJ = j;
  return traceBack(draft, article, move, width, endJ);
}

/** Follows the table's moves back from the best end, and returns the steps in order. */
function traceBack(draft: Token[], article: Token[], move: Uint8Array, width: number, endJ: number): { steps: AlignStep[]; startJ: number } {
  const steps: AlignStep[] = [];
  let i = draft.length;
  let j = endJ;
  while (i > 0) {
    const choice = move[i * width + j]!;
    if (choice === 1) {
      steps.push({ kind: sameWord(draft[i - 1]!.key, article[j - 1]!.key) ? 'same' : 'changed', i: i - 1, j: j - 1 });
      i--;
      j--;
    } else if (choice === 2) {
      steps.push({ kind: 'added', i: i - 1, j });
      i--;
    } else {
      steps.push({ kind: 'dropped', i, j: j - 1 });
      j--;
    }
  }
  steps.reverse();
  return { steps, startJ: j };
}

/** Groups consecutive differences of an alignment into edits. */
function groupEdits(steps: AlignStep[]): QuoteEdit[] {
  const edits: QuoteEdit[] = [];
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k]!;
    if (step.kind === 'same') continue;
    let end = k;
    while (end + 1 < steps.length && steps[end + 1]!.kind !== 'same') end++;
    const group = steps.slice(k, end + 1);
    // Pushed into literal lists rather than mapped: V8's compiled `map` makes a holey list where
    // the interpreter's makes a packed one, and `align` was thrown away when it met the other.
    const draftIndexes: number[] = [];
    const articleIndexes: number[] = [];
    for (const s of group) {
      if (s.kind !== 'dropped') draftIndexes.push(s.i);
      if (s.kind !== 'added') articleIndexes.push(s.j);
    }
    const kind: QuoteEdit['kind'] = draftIndexes.length === 0 ? 'dropped' : articleIndexes.length === 0 ? 'added' : 'changed';
    const draftStart = draftIndexes.length ? Math.min(...draftIndexes) : step.i;
    const draftEnd = draftIndexes.length ? Math.max(...draftIndexes) + 1 : step.i;
    const quoteStart = articleIndexes.length ? Math.min(...articleIndexes) : step.j;
    const quoteEnd = articleIndexes.length ? Math.max(...articleIndexes) + 1 : step.j;
    edits.push({ kind, draftStart, draftEnd, quoteStart, quoteEnd });
    k = end;
  }
  return edits;
}

/**
 * Whether an edit is a change of the speaker's words. Words the draft's editor put in square
 * brackets, numbers said otherwise, and words dropped where the draft marks an elision or where
 * the article's own insertion was left out are not.
 */
function editCounts(analysis: Analysis, quotation: Quotation, draft: Token[], quote: Entity<Quote>, quoteAnalysis: Analysis, article: Token[], edit: QuoteEdit): boolean {
  // Words the draft's editor put in square brackets ("[Eastport's] farmers") are the editor's, not the speaker's.
  if (edit.kind !== 'dropped' && draft.slice(edit.draftStart, edit.draftEnd).every((token) => bracketed(analysis, quotation, token))) return false;
  if (edit.kind === 'changed' && sameNumbers(analysis, draft.slice(edit.draftStart, edit.draftEnd), quoteAnalysis, article.slice(edit.quoteStart, edit.quoteEnd))) return false;
  if (edit.kind !== 'dropped') return true;
  if (edit.draftStart > 0 && edit.draftStart < draft.length) {
    const gap = analysis.text.slice(draft[edit.draftStart - 1]!.oEnd, draft[edit.draftStart]!.oStart);
    if (/\.\.\.|…|\[|\(/.test(gap)) return false;
  }
  const droppedText = quoteAnalysis.text.slice(article[edit.quoteStart]!.oStart, article[edit.quoteEnd - 1]!.oEnd);
  const editorial = quote.fact.editorial ?? [];
  if (editorial.some((part) => part.includes(droppedText) || droppedText.replace(/[()]/g, '').trim() === part.replace(/[()]/g, '').trim())) return false;
  return true;
}

/** Whether a draft token stands inside square brackets within its quotation. */
function bracketed(analysis: Analysis, quotation: Quotation, token: Token): boolean {
  const before = analysis.text.slice(quotation.start, token.oStart);
  const after = analysis.text.slice(token.oEnd, quotation.end);
  return before.lastIndexOf('[') > before.lastIndexOf(']') && after.includes(']') && (after.indexOf('[') < 0 || after.indexOf(']') < after.indexOf('['));
}

/** The values of the numbers that overlap `tokens` (analysis token indexes), in order. */
function numbersOver(analysis: Analysis, tokens: Token[]): number[] {
  const first = tokens[0]?.index ?? 0;
  const last = tokens[tokens.length - 1]?.index ?? -1;
  return numbers(analysis)
    .filter((number) => number.tokenStart <= last && number.tokenEnd > first)
    .map((number) => number.value);
}

/**
 * Whether a changed stretch only writes the article's numbers another way: digits for number
 * words (الساعات الـ24 for الأربع والعشرين) or another grammatical case of them (والعشرون for
 * والعشرين). The stretch must be all number (with its clitics) on both sides.
 */
function sameNumbers(analysis: Analysis, draft: Token[], quoteAnalysis: Analysis, article: Token[]): boolean {
  const drafted = numbersOver(analysis, draft);
  const quoted = numbersOver(quoteAnalysis, article);
  if (drafted.length === 0 || drafted.length !== quoted.length || !drafted.every((value, k) => value === quoted[k])) return false;
  const covered = (a: Analysis, tokens: Token[]) => tokens.every((token) => numbers(a).some((number) => number.tokenStart <= token.index && token.index < number.tokenEnd));
  return covered(analysis, draft) && covered(quoteAnalysis, article);
}

/** A fragment that starts by cutting a coordination ("X and Y" quoted as "Y") drops words too. */
function coordinationCut(draft: Token[], article: Token[], startJ: number, quoteAnalysis: Analysis): QuoteEdit[] {
  const first = article[startJ];
  const previous = article[startJ - 1];
  if (!first || !previous || !draft[0] || first.key === draft[0].key || !/^[وف]/.test(first.key) || bare(first.key) !== draft[0].key) return emptyListOfObjects();
  if (/[,.;:!?،؛]/.test(quoteAnalysis.norm.text.slice(previous.end, first.start))) return emptyListOfObjects();
  // Only a cut that changes what the quote says: the draft goes on past the end of the
  // coordinated phrase (a comma in the article inside the quoted stretch), so "X and Y do Z"
  // became "Y do Z". Quoting the phrase "Y" alone is fine.
  const last = article[Math.min(article.length - 1, startJ + draft.length - 1)]!;
  if (!/[,،;؛]/.test(quoteAnalysis.norm.text.slice(first.end, last.start))) return emptyListOfObjects();
  let from = startJ - 1;
  while (from > 0 && article[from - 1]!.clause === article[startJ - 1]!.clause && article[from - 1]!.sentence === article[startJ - 1]!.sentence) from--;
  return [{ kind: 'dropped', draftStart: 0, draftEnd: 0, quoteStart: from, quoteEnd: startJ }];
}

/** The article quote's own text for tokens `[start, end)`. */
export function quoteText(match: QuoteMatch, start: number, end: number): string {
  const article = articleWords(match.quoteAnalysis);
  if (start >= end) return '';
  return match.quoteAnalysis.text.slice(article[start]!.oStart, article[end - 1]!.oEnd);
}

/** The draft tokens of a quotation (words only). */
export function quotationTokens(analysis: Analysis, quotation: Quotation): Token[] {
  return quotedWords(analysis.tokens.slice(quotation.tokenStart, quotation.tokenEnd).filter((token) => token.script !== 'other'), analysis.text);
}

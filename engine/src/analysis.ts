/**
 * Reads a draft once for all rules: masks non-prose (Markdown), folds the prose for matching,
 * splits it into tokens, clauses, sentences and quotations, and detects each sentence's language.
 *
 * **Invariant:** every token carries both its folded offsets and its original UTF-16 range; rules
 * report original ranges only.
 */
import { proseMask, type Directive, type ProseMask } from './text/markdown';
import { normalise, type Normalised } from './text/normalise';
import { tokenKey } from './tokenKey';
import { stems, type Stem } from './knowledge';

/** A word of the draft. */
export interface Token {
  /** Position in {@link Analysis.tokens}. */
  index: number;
  /** Folded text. */
  text: string;
  /** Folded text without apostrophes and hyphens, the key names are matched on. */
  key: string;
  /** Range in the folded text. */
  start: number;
  end: number;
  /** Range in the original text. */
  oStart: number;
  oEnd: number;
  script: 'ar' | 'latin' | 'digit' | 'other';
  sentence: number;
  clause: number;
  /** Index of the quotation this token is inside, or -1. */
  quote: number;
  /** The stems of `key`, filled in on first use (see `tokenStems`). */
  stemsCache?: readonly Stem[];
}

/** A sentence: a run of tokens between sentence punctuation or block breaks. */
export interface Sentence {
  index: number;
  tokenStart: number;
  tokenEnd: number;
  /** Original range. */
  start: number;
  end: number;
  lang: 'ar' | 'en';
}

/** A quotation in the draft: «…» or "…". */
export interface Quotation {
  index: number;
  /** Original range of the quoted words, without the marks. */
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** Whether an ellipsis or an editor's bracket occurs inside. */
  elided: boolean;
}

/** The analysed draft. */
export interface Analysis {
  text: string;
  /** The prose mask (same length as `text`). */
  mask: string;
  norm: Normalised;
  tokens: Token[];
  sentences: Sentence[];
  quotations: Quotation[];
  directives: Directive[];
  /** The dominant language of the draft. */
  lang: 'ar' | 'en';
  /**
   * The results of the steps read from this analysis, one slot per step (`memo.ts`): asked for
   * again by every rule, they are found here without a look-up by the analysis.
   */
  memos: unknown[];
}

const isArabicLetter = (c: number) => c >= 0x0621 && c <= 0x064a;
const isLatinLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f);
const isDigit = (c: number) => c >= 48 && c <= 57;

function isWordChar(c: number): boolean {
  if (isArabicLetter(c) || isLatinLetter(c) || isDigit(c)) return true;
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  // Other letters of other scripts also make words (they never match a fact, but keep
  // boundaries right).
  return c >= 0x370 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe30 && c <= 0xfe4f) && !(c >= 0xd800 && c <= 0xdfff);
}

const SENTENCE_END = new Set(['.', '!', '?', '\n']);
const CLAUSE_END = new Set([',', ';', ':', '(', ')', '[', ']']);
/** Abbreviated titles before a name whose full stop ends no sentence (Sen. Tobias Wrenfield, Dr. Amal Haddad), folded. */
const TITLE_ABBREVIATIONS = /(?:^|[^\p{L}\p{N}])(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|capt|prof)$/u;

/**
 * Analyses a draft.
 *
 * @param text The draft's original text.
 * @param format Markdown (the default) or plain text.
 * @param premasked The prose mask of `text`, when the caller has it already (a block of a larger
 *   draft, masked as part of the whole).
 */
export function analyse(text: string, format: 'markdown' | 'plaintext' = 'markdown', premasked?: ProseMask): Analysis {
  const mask = premasked ?? proseMask(text, format);
  const norm = normalise(mask.text);
  const scan = newScan(norm);
  const folded = norm.text;
  const length = folded.length;
  let i = 0;
  while (i < length) {
    if (isWordChar(folded.charCodeAt(i))) {
      i = readWord(scan, i);
      continue;
    }
    readMark(scan, i);
    i++;
  }
  closeQuote(scan, length);
  closeSentence(scan);
  return {
    text,
    mask: mask.text,
    norm,
    tokens: scan.tokens,
    sentences: scan.sentences,
    quotations: scan.quotations,
    directives: mask.directives,
    lang: scan.arabicLetters >= scan.latinLetters ? 'ar' : 'en',
    memos: [],
  };
}

/** A quotation opened and not yet closed: its mark, where it opens and its first token. */
interface OpenQuote {
  mark: string;
  at: number;
  tokenStart: number;
  elided: boolean;
}

/** What the one pass of {@link analyse} has read so far. */
interface Scan {
  norm: Normalised;
  tokens: Token[];
  sentences: Sentence[];
  quotations: Quotation[];
  sentence: number;
  clause: number;
  sentenceStartToken: number;
  arabicLetters: number;
  latinLetters: number;
  sentenceArabic: number;
  sentenceLatin: number;
  openQuote: OpenQuote | undefined;
  quoteIndex: number;
}

/** The state of a pass that has read nothing yet. */
function newScan(norm: Normalised): Scan {
  return {
    norm,
    tokens: [],
    sentences: [],
    quotations: [],
    sentence: 0,
    clause: 0,
    sentenceStartToken: 0,
    arabicLetters: 0,
    latinLetters: 0,
    sentenceArabic: 0,
    sentenceLatin: 0,
    openQuote: undefined,
    quoteIndex: -1,
  };
}

/** Reads the word that starts at folded offset `i` into a token; returns the offset after it. */
function readWord(scan: Scan, i: number): number {
  const folded = scan.norm.text;
  const { j, end } = wordEnd(folded, i);
  const { script, arabic, latin } = scriptOf(folded, i, end);
  scan.arabicLetters += arabic;
  scan.latinLetters += latin;
  scan.sentenceArabic += arabic;
  scan.sentenceLatin += latin;
  const { tokens } = scan;
  tokens.push(makeToken(scan.norm, tokens.length, i, end, script, scan.sentence, scan.clause, scan.openQuote ? scan.quoteIndex : -1));
  return j;
}

/** Ends the sentence being read, if it has a token, and starts the next. */
function closeSentence(scan: Scan): void {
  const { tokens } = scan;
  if (tokens.length > scan.sentenceStartToken) {
    const first = tokens[scan.sentenceStartToken]!;
    const last = tokens[tokens.length - 1]!;
    scan.sentences.push({
      index: scan.sentence,
      tokenStart: scan.sentenceStartToken,
      tokenEnd: tokens.length,
      start: first.oStart,
      end: last.oEnd,
      lang: scan.sentenceArabic >= scan.sentenceLatin ? 'ar' : 'en',
    });
    scan.sentence++;
    scan.clause++;
  }
  scan.sentenceStartToken = tokens.length;
  scan.sentenceArabic = 0;
  scan.sentenceLatin = 0;
}

/** Closes the open quotation, if any, at folded offset `at`. */
function closeQuote(scan: Scan, at: number): void {
  const { openQuote, tokens } = scan;
  if (!openQuote) return;
  const original = scan.norm.toOriginal(openQuote.at + 1, at);
  if (tokens.length > openQuote.tokenStart) {
    scan.quotations.push({
      index: scan.quotations.length,
      start: original.start,
      end: original.end,
      tokenStart: openQuote.tokenStart,
      tokenEnd: tokens.length,
      elided: openQuote.elided,
    });
  } else {
    // An empty quotation: undo the token marks.
    for (let k = openQuote.tokenStart; k < tokens.length; k++) tokens[k]!.quote = -1;
  }
  scan.openQuote = undefined;
}

/** Reads the character at folded offset `i`, which is no word's: a quotation mark, a block break or punctuation. */
function readMark(scan: Scan, i: number): void {
  const folded = scan.norm.text;
  const length = folded.length;
  const char = folded[i]!;
  const openQuote = scan.openQuote;
  if (openQuote && openQuote.mark === '«' && char === '«' && (i + 1 >= length || !isWordChar(folded.charCodeAt(i + 1)))) {
    // «الاحتلالـ« : a guillemet shaped as a closing one (no word right after it) closes.
    closeQuote(scan, i);
  } else if (char === '«' || (char === '"' && !openQuote)) {
    if (openQuote && char === '«') closeQuote(scan, i);
    scan.quoteIndex = scan.quotations.length;
    scan.openQuote = { mark: char, at: i, tokenStart: scan.tokens.length, elided: false };
  } else if (openQuote && ((char === '»' && openQuote.mark === '«') || (char === '"' && openQuote.mark === '"'))) {
    closeQuote(scan, i);
  } else if (char === '»' || char === '"') {
    // A stray closing mark.
  } else if (char === '\n') {
    // A block break ends sentences and quotations alike.
    closeQuote(scan, i);
    closeSentence(scan);
  } else if (openQuote && (char === '(' || char === '[' || (char === '.' && folded[i + 1] === '.'))) {
    openQuote.elided = true;
    scan.clause++;
  } else if (SENTENCE_END.has(char)) {
    readStop(scan, i);
  } else if (CLAUSE_END.has(char)) {
    scan.clause++;
  }
}

/** Reads a sentence's punctuation at folded offset `i`: it ends the sentence unless it is a decimal point, an initial's or a title's. */
function readStop(scan: Scan, i: number): void {
  const folded = scan.norm.text;
  const length = folded.length;
  const char = folded[i]!;
  // A full stop inside a quotation does not end the sentence around it.
  // Read within the text only: a character read past either end stops the optimised code.
  const isDecimal = char === '.' && i > 0 && i + 1 < length && isDigit(folded.charCodeAt(i - 1)) && isDigit(folded.charCodeAt(i + 1));
  // An initial (J. Smith, U.S.) stands after a space, a bracket, a quote or another initial; a
  // unit's last letter after a slash (250km/h. The …) ends its sentence.
  const isInitial = char === '.' && i >= 1 && /[a-z]/.test(folded[i - 1]!) && (i < 2 || (!isWordChar(folded.charCodeAt(i - 2)) && folded[i - 2] !== '/'));
  const isTitle = char === '.' && TITLE_ABBREVIATIONS.test(folded.slice(Math.max(0, i - 6), i));
  // An abbreviated title stays in its name's clause.
  if (!isDecimal && !isInitial && !isTitle && !scan.openQuote) closeSentence(scan);
  else if (!isTitle) scan.clause++;
}

/** A token of the folded text `[start, end)`, with its original range. */
function makeToken(norm: Normalised, index: number, start: number, end: number, script: Token['script'], sentence: number, clause: number, quote: number): Token {
  const text = norm.text.slice(start, end);
  const original = norm.toOriginal(start, end);
  const word = wordOf(text);
  // The stems are there from the start, so that every token has one shape (a property added later
  // gives tokens two, and code optimised for one is thrown away).
  return { index, text, key: word.key, start, end, oStart: original.start, oEnd: original.end, script, sentence, clause, quote, stemsCache: word.stems };
}

/**
 * A word's key and stems by its folded text, made once: words repeat draft after draft, and a
 * token is then made with one look-up instead of its key's regular expressions and its stems'
 * own look-up. Bounded like the other caches of words.
 */
function wordOf(text: string): { key: string; stems: readonly Stem[] } {
  let word = words.get(text);
  if (!word) {
    // A copy of the slice, which would otherwise keep the whole draft's text alive.
    const own = text.length < 13 ? text : (' ' + text).slice(1);
    const key = tokenKey(own);
    word = { key, stems: stems(key) };
    if (words.size > 200_000) words.clear();
    words.set(own, word);
  }
  return word;
}

const words = new Map<string, { key: string; stems: readonly Stem[] }>();

/** Unit symbols that may be glued to a figure (421mm, 35km, 20kg), folded. */
const GLUED_SYMBOLS = new Set(['km', 'mm', 'cm', 'kg', 'kmh']);

/** Whether the letters from `j` to the end of the word are a unit symbol of {@link GLUED_SYMBOLS}. */
function gluedSymbolAt(folded: string, j: number): boolean {
  let end = j;
  while (end < folded.length && isLatinLetter(folded.charCodeAt(end))) end++;
  if (end < folded.length && isWordChar(folded.charCodeAt(end))) return false;
  return GLUED_SYMBOLS.has(folded.slice(j, end));
}

/**
 * Where the word starting at `i` ends: `j` past its last character, `end` without an English
 * possessive ('s).
 */
function wordEnd(folded: string, i: number): { j: number; end: number } {
  const length = folded.length;
  let j = i + 1;
  while (j < length) {
    const d = folded.charCodeAt(j);
    // 421mm, 35km: a figure and a unit symbol glued to it are two words, as in 421 mm.
    if (isLatinLetter(d) && isDigit(folded.charCodeAt(j - 1)) && isDigit(folded.charCodeAt(i)) && gluedSymbolAt(folded, j)) break;
    if (isWordChar(d)) {
      j++;
      continue;
    }
    // Keep 2,500 and 3.5 and al-Abbasi and Asa'ib in one token. Nothing is read past the text's
    // end (-1, like the NaN read there, is no character).
    const next = j + 1 < length ? folded.charCodeAt(j + 1) : -1;
    if ((d === 44 || d === 46) && isDigit(folded.charCodeAt(j - 1)) && isDigit(next)) {
      j += 2;
      continue;
    }
    if ((d === 45 || d === 39) && j + 1 < length && isWordChar(next) && !isDigit(next) && isLatinLetter(folded.charCodeAt(j - 1) | 0x20)) {
      j += 2;
      continue;
    }
    if (d === 45 && isDigit(folded.charCodeAt(j - 1)) && isLatinLetter(next)) {
      // 10-month: a number and its unit stay apart.
      break;
    }
    break;
  }
  // An English possessive ('s) is not part of the name: al-Khazali's → al-Khazali.
  let end = j;
  if (end - i > 3 && folded.charCodeAt(end - 1) === 115 && folded.charCodeAt(end - 2) === 39) end -= 2;
  return { j, end };
}

/** The script of `folded[i, end)` and its counts of Arabic and Latin letters. */
function scriptOf(folded: string, i: number, end: number): { script: Token['script']; arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  let digits = 0;
  for (let k = i; k < end; k++) {
    const d = folded.charCodeAt(k);
    if (isArabicLetter(d)) arabic++;
    else if (isLatinLetter(d)) latin++;
    else if (isDigit(d)) digits++;
  }
  const script: Token['script'] = arabic > 0 && arabic >= latin ? 'ar' : latin > 0 ? 'latin' : digits > 0 ? 'digit' : 'other';
  return { script, arabic, latin };
}

/** Returns the language of the sentence a token is in. */
export function tokenLang(analysis: Analysis, token: Token): 'ar' | 'en' {
  return analysis.sentences[token.sentence]?.lang ?? analysis.lang;
}

/** The index of the token that holds original offset `offset` (tokens are in order; binary search). */
export function tokenAtOffset(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.oEnd <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

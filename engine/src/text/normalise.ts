/**
 * Folds text for matching while keeping a map back to the original UTF-16 offsets.
 *
 * Arabic: diacritics (tashkeel, superscript alef, Quranic marks), tatweel, zero-width and bidi
 * controls are dropped; alef forms fold to ا, ى to ي, ة to ه, ؤ to و, ئ to ي; Persian and Urdu
 * letter forms fold to their Arabic ones; presentation forms and ligatures are expanded (NFKC);
 * Arabic-Indic and Persian digits become ASCII digits; Arabic punctuation becomes ASCII.
 * Latin: lower case, accents dropped, typographic apostrophes folded to `'`.
 *
 * **Invariant:** for every character of the folded text, `starts[i]` and `ends[i]` give the
 * original range it came from, so a folded range maps back with {@link Normalised.toOriginal}.
 */

/** Folded text plus the map back to the original. */
export interface Normalised {
  /** The folded text. */
  readonly text: string;
  /** Original start offset of each folded character. */
  readonly starts: Int32Array;
  /** Original end offset of each folded character. */
  readonly ends: Int32Array;
  /** Maps a folded range `[start, end)` to the original range it covers. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

const DROP = new Set<number>([
  0x0640, // tatweel
  0x00ad, // soft hyphen
  0x061c, // Arabic letter mark
  0x200b, 0x200c, 0x200d, 0x200e, 0x200f,
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
  0x2060, 0x2061, 0x2062, 0x2063, 0x2064,
  0x2066, 0x2067, 0x2068, 0x2069,
  0xfeff,
]);

const MAP: Record<number, string> = {
  0x0622: 'ا', 0x0623: 'ا', 0x0625: 'ا', 0x0671: 'ا', 0x0672: 'ا', 0x0673: 'ا',
  0x0649: 'ي', 0x06cc: 'ي', 0x06d2: 'ي', 0x06d0: 'ي',
  0x0629: 'ه', 0x06c0: 'ه', 0x06c1: 'ه', 0x06d5: 'ه',
  0x0624: 'و', 0x0626: 'ي',
  0x06a9: 'ك', 0x06af: 'ك',
  0x060c: ',', 0x061b: ';', 0x061f: '?', 0x066a: '%', 0x066b: '.', 0x066c: ',', 0x06d4: '.',
  0x2018: "'", 0x2019: "'", 0x02bc: "'", 0x02bb: "'", 0x0060: "'", 0x00b4: "'", 0x2032: "'",
  0x02be: "'", 0x02bf: "'",
  0x201c: '"', 0x201d: '"', 0x201e: '"', 0x201f: '"', 0x2033: '"',
  0x2010: '-', 0x2011: '-', 0x2012: '-', 0x2013: '-', 0x2014: '-', 0x2015: '-', 0x2212: '-',
  0x00a0: ' ', 0x2000: ' ', 0x2001: ' ', 0x2002: ' ', 0x2003: ' ', 0x2004: ' ', 0x2005: ' ',
  0x2006: ' ', 0x2007: ' ', 0x2008: ' ', 0x2009: ' ', 0x200a: ' ', 0x202f: ' ', 0x205f: ' ', 0x3000: ' ',
  0x2026: '...',
};

function isMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x06d6 && code <= 0x06dc) ||
    (code >= 0x06df && code <= 0x06e8) ||
    (code >= 0x06ea && code <= 0x06ed) ||
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xfe00 && code <= 0xfe0f)
  );
}

const foldCache = new Map<number, string>();

/** Folds one code point to its matching form ('' drops it). */
function foldCodePoint(code: number, char: string): string {
  if (code < 0x80) {
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  }
  if (DROP.has(code) || isMark(code)) return '';
  const mapped = MAP[code];
  if (mapped !== undefined) return mapped;
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
  if (code >= 0x0621 && code <= 0x064a) return char;
  const cached = foldCache.get(code);
  if (cached !== undefined) return cached;
  let out: string;
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc) || (code >= 0xff00 && code <= 0xffef) || (code >= 0xfb00 && code <= 0xfb06)) {
    // Presentation forms, ligatures and full-width forms: NFKC, then fold each resulting letter.
    // Code points of these blocks that NFKC leaves as they are (the ornate parentheses ﴾﴿ of
    // Qur'anic quotations, unassigned and non-characters) are kept: folding them again would recurse
    // forever (a stack overflow that failed the whole check; found by tests/robustness).
    const expanded = char.normalize('NFKC');
    out = '';
    if (expanded === char) out = char;
    else for (const part of expanded) out += foldCodePoint(part.codePointAt(0)!, part);
  } else if ((code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) {
    // Latin letters with accents: decompose and drop the marks.
    out = '';
    for (const part of char.normalize('NFD')) {
      const partCode = part.codePointAt(0)!;
      if (!isMark(partCode)) out += part.toLowerCase();
    }
  } else {
    out = char.toLowerCase();
    if (out.length !== char.length && out.normalize('NFC') !== out) out = char;
  }
  if (foldCache.size < 4096) foldCache.set(code, out);
  return out;
}

/**
 * Folds `text` for matching and returns the folded text with its offset map.
 * Lone surrogates are kept as they are, so ranges never split a surrogate pair.
 */
export function normalise(text: string): Normalised {
  const length = text.length;
  // Folding expands at most a few characters (ligatures, the ellipsis); grow when needed.
  let capacity = length + 16;
  let codes = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let n = 0;
  const grow = () => {
    capacity *= 2;
    const nextCodes = new Uint16Array(capacity);
    nextCodes.set(codes);
    codes = nextCodes;
    const nextStarts = new Int32Array(capacity);
    nextStarts.set(starts);
    starts = nextStarts;
    const nextEnds = new Int32Array(capacity);
    nextEnds.set(ends);
    ends = nextEnds;
  };
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    // Fast path: characters that fold to themselves or by a fixed offset.
    if ((code >= 97 && code <= 122) || code === 32 || (code >= 0x0627 && code <= 0x064a && code !== 0x0629 && code !== 0x0640 && code !== 0x0649) || (code >= 48 && code <= 57) || code === 10 || code === 13 || code === 44 || code === 46) {
      if (n >= capacity) grow();
      codes[n] = code;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
      continue;
    }
    if (code >= 65 && code <= 90) {
      if (n >= capacity) grow();
      codes[n] = code + 32;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
      continue;
    }
    let width = 1;
    let codePoint = code;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width = 2;
        codePoint = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      }
    }
    const char = width === 2 ? text.slice(i, i + 2) : text[i]!;
    const folded = width === 2 ? (codePoint >= 0xe0000 && codePoint <= 0xe007f ? '' : char) : foldCodePoint(codePoint, char);
    for (let k = 0; k < folded.length; k++) {
      if (n >= capacity) grow();
      codes[n] = folded.charCodeAt(k);
      starts[n] = i;
      ends[n] = i + width;
      n++;
    }
    i += width;
  }
  let out = '';
  for (let k = 0; k < n; k += 8192) out += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + 8192)) as unknown as number[]);
  const finalStarts = starts.subarray(0, n);
  const finalEnds = ends.subarray(0, n);
  return {
    text: out,
    starts: finalStarts,
    ends: finalEnds,
    toOriginal(start: number, end: number) {
      if (n === 0) return { start: 0, end: 0 };
      const s = Math.max(0, Math.min(start, n - 1));
      const e = Math.max(s, Math.min(end, n) - 1);
      let originalEnd = Math.max(finalStarts[s]!, finalEnds[e]!);
      // Keep combining marks and tatweel that follow the last character inside the range, so a
      // range never splits a letter from its diacritics.
      while (originalEnd < length) {
        const next = text.charCodeAt(originalEnd);
        if (next === 0x0640 || isMark(next)) originalEnd++;
        else break;
      }
      return { start: finalStarts[s]!, end: originalEnd };
    },
  };
}

/** Folds a short string (a name from the fact base) the same way, without keeping a map. */
export function fold(text: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || code === 32 || (code >= 0x0627 && code <= 0x064a && code !== 0x0629 && code !== 0x0640 && code !== 0x0649) || (code >= 48 && code <= 57)) {
      run++;
      continue;
    }
    if (run > 0) out += text.slice(i - run, i);
    run = 0;
    if (code >= 65 && code <= 90) {
      out += String.fromCharCode(code + 32);
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const codePoint = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        if (!(codePoint >= 0xe0000 && codePoint <= 0xe007f)) out += text.slice(i, i + 2);
        i++;
        continue;
      }
    }
    out += foldCodePoint(code, text[i]!);
  }
  if (run > 0) out += text.slice(text.length - run);
  return out;
}

/**
 * Names the legacy encoding of a draft that is not UTF-8, so that a user is told what to convert
 * rather than that the file is binary: Windows-1256 and ISO-8859-6 (Arabic), Windows-1252 and
 * ISO-8859-1 (Western European), and UTF-16 without a byte-order mark. isnad checks UTF-8 (and
 * UTF-16 with a byte-order mark) only: a guess at an 8-bit code page can be wrong, and a fix
 * written back in a guessed encoding would damage the file.
 *
 * Detection decodes the bytes with each candidate (Node's TextDecoder knows them all; nothing is
 * downloaded) and keeps the reading in which the bytes above 0x7F are most often letters of the
 * script that encoding is for.
 */

/** A legacy encoding isnad can name, with the `iconv` name that converts from it. */
export interface LegacyEncoding {
  /** The name shown to users: "Windows-1256". */
  name: string;
  /** What it is for: "a legacy Arabic encoding". */
  description: string;
  /** The name `iconv -f` takes. */
  iconv: string;
}

const WINDOWS_1256: LegacyEncoding = { name: 'Windows-1256', description: 'a legacy Arabic encoding', iconv: 'WINDOWS-1256' };
const ISO_8859_6: LegacyEncoding = { name: 'ISO-8859-6', description: 'a legacy Arabic encoding', iconv: 'ISO-8859-6' };
const WINDOWS_1252: LegacyEncoding = { name: 'Windows-1252 or ISO-8859-1', description: 'a legacy Western European encoding', iconv: 'WINDOWS-1252' };
const UTF16LE: LegacyEncoding = { name: 'UTF-16LE without a byte-order mark', description: 'UTF-16', iconv: 'UTF-16LE' };
const UTF16BE: LegacyEncoding = { name: 'UTF-16BE without a byte-order mark', description: 'UTF-16', iconv: 'UTF-16BE' };

/** The most bytes looked at: enough to tell, and bounded for huge files. */
const SAMPLE = 64 * 1024;

/** Whether a code point is an Arabic letter (not a diacritic, tatweel or punctuation). */
function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3);
}

/** Whether a code point is a Latin letter with an accent (Latin-1 Supplement and Latin Extended-A). */
function isAccentedLatin(code: number): boolean {
  return (code >= 0x00c0 && code <= 0x017f && code !== 0x00d7 && code !== 0x00f7);
}

/** The share of the bytes above 0x7F that `label` decodes to letters accepted by `isLetter`. */
function letterShare(bytes: Uint8Array, label: string, isLetter: (code: number) => boolean): number {
  let text: string;
  try {
    text = new TextDecoder(label).decode(bytes);
  } catch {
    return 0;
  }
  let high = 0;
  for (const byte of bytes) if (byte >= 0x80) high++;
  if (high === 0) return 0;
  let letters = 0;
  for (const char of text) if (isLetter(char.codePointAt(0)!)) letters++;
  return letters / high;
}

/** UTF-16 without a byte-order mark: every other byte is zero (Latin) or 0x06 (Arabic). */
function utf16WithoutBom(bytes: Uint8Array): LegacyEncoding | undefined {
  const length = bytes.length - (bytes.length % 2);
  if (length < 4) return undefined;
  let evenHigh = 0;
  let oddHigh = 0;
  const pairs = length / 2;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0x00 || bytes[i] === 0x06) evenHigh++;
    if (bytes[i + 1] === 0x00 || bytes[i + 1] === 0x06) oddHigh++;
  }
  if (oddHigh / pairs >= 0.8 && evenHigh / pairs < 0.2) return UTF16LE;
  if (evenHigh / pairs >= 0.8 && oddHigh / pairs < 0.2) return UTF16BE;
  return undefined;
}

/**
 * The legacy encoding the bytes of a draft look like, when they are not UTF-8; `undefined` when
 * they look like none (binary data).
 */
export function detectLegacyEncoding(bytes: Uint8Array): LegacyEncoding | undefined {
  const sample = bytes.subarray(0, SAMPLE);
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return utf16;
  if (sample.includes(0)) return undefined;
  // UTF-8 with a stray invalid byte (a truncated file, a bad paste) is damaged UTF-8, not a code
  // page: most of its bytes above 0x7F still decode.
  if (mostlyUtf8(sample)) return undefined;
  // Arabic and Western European code pages share byte values: Western text read as Windows-1256
  // gives an Arabic letter here and there (á is ل), but always next to Latin letters, where an
  // Arabic word's bytes stand next to each other or to spaces.
  const latin = letterShare(sample, 'windows-1252', isAccentedLatin);
  if (besideLatinLetters(sample) >= 0.3) return latin >= 0.6 ? WINDOWS_1252 : undefined;
  const arabic1256 = letterShare(sample, 'windows-1256', isArabicLetter);
  const arabicIso = letterShare(sample, 'iso-8859-6', isArabicLetter);
  if (Math.max(arabic1256, arabicIso) >= 0.6) return arabicIso > arabic1256 ? ISO_8859_6 : WINDOWS_1256;
  return latin >= 0.6 ? WINDOWS_1252 : undefined;
}

/** Whether at least nine in ten of the bytes above 0x7F belong to valid UTF-8 sequences. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let high = 0;
  for (const byte of bytes) if (byte >= 0x80) high++;
  if (high === 0) return false;
  let replaced = 0;
  for (const char of new TextDecoder('utf-8').decode(bytes)) if (char === '\ufffd') replaced++;
  return replaced <= high / 10;
}

/** The share of the bytes above 0x7F that stand right beside an ASCII letter. */
function besideLatinLetters(bytes: Uint8Array): number {
  const isAsciiLetter = (byte: number | undefined) => byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));
  let high = 0;
  let beside = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1])) beside++;
  }
  return high === 0 ? 0 : beside / high;
}

/** The one-line reason given for a draft in a legacy encoding. */
export function legacyEncodingReason(encoding: LegacyEncoding): string {
  return `looks like ${encoding.name} (${encoding.description}), not UTF-8; convert it to UTF-8 (for example: iconv -f ${encoding.iconv} -t UTF-8)`;
}

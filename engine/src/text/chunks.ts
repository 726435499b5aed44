/**
 * Cutting a draft into chunks that the prose mask reads independently, so that after an edit only
 * the chunks the edit touched are masked again (see {@link remask}).
 *
 * A chunk starts at a line that begins with a letter (no indentation, no Markdown marker, no digit,
 * no HTML) right after an empty line. In CommonMark such a line starts a new top-level paragraph:
 * lists, block quotes, tables and paragraphs before it have ended. Only three constructs run on
 * across it: a fenced code block, an HTML block (comments included) and the YAML front matter.
 * So no chunk starts inside the front matter, and none starts after the first line that could
 * open a fence or an HTML block (a line whose first character is a backtick, a tilde or `<`, or a
 * line with an HTML comment left open). Everything after such a line is one chunk, masked whole.
 *
 * **Invariant** (tested against the whole-draft mask in tests/engine/incremental.test.ts): the
 * mask of a draft is the concatenation of the masks of its chunks, each masked alone.
 */
import { proseMask, type ProseMask } from './markdown';

/**
 * The offsets where the chunks of `text` start, ascending, the first always 0. Linear: every
 * search moves forward.
 */
export function chunkStarts(text: string): number[] {
  const starts = [0];
  // A draft opening with front matter has no chunk boundary until a line closes it.
  let armed = !/^\ufeff?---/.test(text);
  let previousEmpty = false;
  let comment = text.indexOf('<!--');
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (armed && previousEmpty && start > 0 && startsParagraph(text.charCodeAt(start))) starts.push(start);
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (!armed && start > 0 && /^(?:---|\.\.\.)\s*$/.test(text.slice(start, lineEnd))) armed = true;
    while (comment >= 0 && comment < start) comment = text.indexOf('<!--', start);
    if (opensBlock(text, start, lineEnd) || leavesCommentOpen(text, comment, lineEnd)) break;
    previousEmpty = lineEnd === start;
    start = end + 1;
  }
  return starts;
}

/** Whether a line starting with this character can start a chunk: a letter of any script. */
function startsParagraph(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const digit = (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9);
  const space = code === 0xa0 || code === 0xfeff || code === 0x3000 || (code >= 0x2000 && code <= 0x206f);
  return !digit && !space;
}

/**
 * Whether a line may open a fence or an HTML block that runs on past empty lines (CommonMark's
 * kinds 1 and 3 to 5: script, pre, style, textarea, processing instructions, declarations).
 */
function opensBlock(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const first = text.charCodeAt(i);
  if (first === 96 || first === 126) return true;
  return first === 60 && /^<(?:script|pre|style|textarea|\?|!(?!--))/i.test(text.slice(i, Math.min(end, i + 10)));
}

/** Whether the HTML comments opened on a line (the first at `comment`) leave one open past its end. */
function leavesCommentOpen(text: string, comment: number, end: number): boolean {
  if (comment < 0 || comment >= end) return false;
  let last = comment;
  for (let next = text.indexOf('<!--', last + 4); next >= 0 && next < end; next = text.indexOf('<!--', next + 4)) last = next;
  const close = text.indexOf('-->', last + 4);
  return close < 0 || close + 3 > end;
}

/** What an incremental mask starts from: the draft last masked and its chunks. */
export interface MaskedDraft {
  text: string;
  format: 'markdown' | 'plaintext';
  mask: ProseMask;
  /** {@link chunkStarts} of `text`. */
  chunks: number[];
}

/** The part of a draft {@link remask} masked again: `[start, newEnd)` of the new text, `[start, oldEnd)` of the old one. */
export interface Remasked {
  draft: MaskedDraft;
  start: number;
  newEnd: number;
  oldEnd: number;
}

/**
 * The length of the common prefix of two strings. Compared a slice at a time (native string
 * equality) before character by character: a draft edited in an editor is a concatenation of
 * strings, and reading one of those a character at a time is slow.
 */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const step of STEPS) while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the common suffix of two strings, not reaching into their first `prefix` characters. */
export function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  const aEnd = a.length;
  const bEnd = b.length;
  let i = 0;
  for (const step of STEPS) while (i + step <= n && a.slice(aEnd - i - step, aEnd - i) === b.slice(bEnd - i - step, bEnd - i)) i += step;
  while (i < n && a.charCodeAt(aEnd - 1 - i) === b.charCodeAt(bEnd - 1 - i)) i++;
  return i;
}

/** The slice lengths {@link commonPrefix} compares, longest first. */
const STEPS = [4096, 256, 16];

/** Masks a whole draft and cuts it into chunks. */
export function maskDraft(text: string, format: 'markdown' | 'plaintext'): MaskedDraft {
  return { text, format, mask: proseMask(text, format), chunks: chunkStarts(text) };
}

/**
 * Masks `text` again after an edit of `previous`, reusing the masks of the chunks before and after
 * the edit. `prefix` and `suffix` are the lengths of the text the two drafts share at their start
 * and end ({@link commonPrefix}, {@link commonSuffix}).
 */
export function remask(previous: MaskedDraft, text: string, prefix: number, suffix: number): Remasked {
  const chunks = chunkStarts(text);
  const delta = text.length - previous.text.length;
  // The last chunk that starts inside the shared prefix (its first letter shared too) and the
  // first that starts inside the shared suffix at a place where the old draft had a chunk too.
  let first = 0;
  for (let i = 0; i < chunks.length && chunks[i]! < prefix; i++) first = i;
  const start = chunks[first]!;
  let newEnd = text.length;
  for (let i = first + 1; i < chunks.length; i++) {
    const at = chunks[i]!;
    if (at >= text.length - suffix && isChunkStart(previous.chunks, at - delta)) {
      newEnd = at;
      break;
    }
  }
  const oldEnd = newEnd - delta;
  const middle = proseMask(text.slice(start, newEnd), previous.format);
  const old = previous.mask;
  const directives = [
    ...old.directives.filter((directive) => directive.offset < start),
    ...middle.directives.map((directive) => ({ ...directive, offset: directive.offset + start })),
    ...old.directives.filter((directive) => directive.offset >= oldEnd).map((directive) => ({ ...directive, offset: directive.offset + delta })),
  ];
  const maskText = old.text.slice(0, start) + middle.text + old.text.slice(oldEnd);
  return { draft: { text, format: previous.format, mask: { text: maskText, directives }, chunks }, start, newEnd, oldEnd };
}

/** Whether `offset` is in the ascending list `starts`. */
function isChunkStart(starts: readonly number[], offset: number): boolean {
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid] === offset) return true;
    if (starts[mid]! < offset) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/**
 * Separates prose from everything else in a draft.
 *
 * {@link proseMask} returns a copy of the text of the same length in which every character that is
 * not prose is replaced by a space: Markdown syntax, fenced and indented code, inline code, link
 * targets, URLs, HTML tags and comments, front-matter keys. Hard block boundaries (headings, list
 * items, table cells, blank lines) become `\n`, and soft line breaks inside a paragraph become
 * spaces, so that a sentence can be read across them; table cells are separated like clauses
 * (a comma), so a row reads as one sentence. Because the length is kept, an offset into
 * the mask is an offset into the original text.
 *
 * It also collects the inline suppression directives written as HTML comments.
 */

/** An inline suppression written in the draft. */
export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** The rule ids named; empty means every rule. */
  rules: string[];
  /** The offset of the comment. */
  offset: number;
}

/** The prose of a draft and its directives. */
export interface ProseMask {
  /** Same length as the input; non-prose characters replaced by spaces, hard breaks by `\n`. */
  text: string;
  directives: Directive[];
}

const DIRECTIVE = /isnad-(disable-next-line|disable-line|disable|enable)\b([^>]*)/;

function parseDirective(comment: string, offset: number): Directive | undefined {
  const match = DIRECTIVE.exec(comment.slice(0, 2000));
  if (!match) return undefined;
  const rules = (match[2] ?? '')
    .replace(/--\s*$/, '')
    .split(/[\s,]+/)
    .map((rule) => rule.trim())
    .filter((rule) => /^[a-z0-9-]+$/.test(rule));
  return { kind: match[1] as Directive['kind'], rules, offset };
}

/** Masks the non-prose parts of `text`, read as Markdown or as plain text. */
export function proseMask(text: string, format: 'markdown' | 'plaintext' = 'markdown'): ProseMask {
  const chars = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) chars[i] = text.charCodeAt(i);
  const directives: Directive[] = [];
  const blank = (start: number, end: number) => {
    for (let i = Math.max(0, start); i < Math.min(end, chars.length); i++) {
      if (chars[i] !== 10 && chars[i] !== 13) chars[i] = 32;
    }
  };

  // HTML comments, in both formats (directives live there).
  const commentPattern = /<!--([\s\S]*?)(?:-->|$)/g;
  if (text.includes('<!--')) {
    for (let match = commentPattern.exec(text); match; match = commentPattern.exec(text)) {
      const directive = parseDirective(match[1] ?? '', match.index);
      if (directive) directives.push(directive);
      blank(match.index, match.index + match[0].length);
      if (match[0].length === 0) commentPattern.lastIndex++;
    }
  }

  // URLs, in both formats.
  const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>()[\]«»"]+/gi;
  for (let match = urlPattern.exec(text); match; match = urlPattern.exec(text)) blank(match.index, match.index + match[0].length);

  if (format === 'markdown') maskMarkdown(text, chars, blank);
  else maskParagraphs(text, chars);
  let masked = '';
  for (let k = 0; k < chars.length; k += 8192) masked += String.fromCharCode.apply(null, chars.subarray(k, Math.min(chars.length, k + 8192)) as unknown as number[]);
  return { text: masked, directives };
}

/** Turns single line breaks inside a paragraph into spaces; blank lines stay hard breaks. */
function maskParagraphs(text: string, chars: Uint16Array): void {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\n') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
    const nextIsBlank = j >= text.length || text[j] === '\n';
    let k = i - 1;
    if (k >= 0 && text[k] === '\r') k--;
    const previousIsBlank = k < 0 || text[k] === '\n';
    if (!nextIsBlank && !previousIsBlank) chars[i] = 32;
  }
}

/** A container block: a blockquote, or a list item whose content starts `indent` columns in. */
type Container = { quote: true } | { quote: false; indent: number };

/** A fence that is open: its marker, and how many containers hold it. */
interface Fence {
  marker: string;
  indent: number;
  depth: number;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** Whether `line` is a thematic break: three or more of the same `-`, `*` or `_`, spaces between. */
function isThematicBreak(line: string): boolean {
  const indent = indentAt(line, 0, line.length);
  if (indent.columns > 3) return false;
  const mark = line.charCodeAt(indent.chars);
  if (mark !== 45 && mark !== 42 && mark !== 95) return false;
  let count = 0;
  for (let i = indent.chars; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === mark) count++;
    else if (c !== 32 && c !== 9) return false;
  }
  return count >= 3;
}
const LIST_MARKER = /^( {0,3})([-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]^]+\]:\s*\S/;
// Table delimiter rows. Written so that no two adjacent parts can match the same spaces: the
// former `\s*\|?\s*` and `\s*\|?\s*$` took quadratic time on a long line of spaces (found by
// tests/robustness).
const TABLE_DELIMITER = /^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?$/;

/** Whether `line` would start a block of its own rather than continue a paragraph lazily. */
function startsBlock(line: string): boolean {
  return /^[ \t]*$/.test(line) || FENCE.test(line) || ATX.test(line) || isThematicBreak(line) || /^ {0,3}(?:>|<!--)/.test(line) || /^ {0,3}(?:[-*+]|1[.)])[ \t]+\S/.test(line);
}

/** The lines of `text`: offsets of each line's first character and of its end (before `\r\n`). */
function splitLines(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      lines.push({ start, end: i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i });
      start = i + 1;
    }
  }
  return lines;
}

/** Front matter: keys are not prose, values are. Returns the index of the first line after it. */
function maskFrontMatter(text: string, lines: { start: number; end: number }[], blank: (start: number, end: number) => void): number {
  const lineText = (j: number) => text.slice(lines[j]!.start, lines[j]!.end);
  if (!lines[0] || !/^---\s*$/.test(lineText(0))) return 0;
  let close = -1;
  for (let j = 1; j < lines.length; j++) {
    if (/^(?:---|\.\.\.)\s*$/.test(lineText(j))) {
      close = j;
      break;
    }
  }
  if (close < 0) return 0;
  blank(lines[0].start, lines[0].end);
  for (let j = 1; j < close; j++) {
    const key = /^(\s*[-\w.$]+\s*:)/.exec(lineText(j)) ?? /^(\s*-\s)/.exec(lineText(j));
    if (key) blank(lines[j]!.start, lines[j]!.start + key[1]!.length);
  }
  blank(lines[close]!.start, lines[close]!.end);
  return close + 1;
}

/** How many columns of spaces and tabs start `text` at `from` (tabs to the next stop of four). */
function indentAt(text: string, from: number, end: number): { columns: number; chars: number } {
  let columns = 0;
  let i = from;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) columns++;
    else if (c === 9) columns += 4 - (columns % 4);
    else break;
  }
  return { columns, chars: i - from };
}

/**
 * Masks a Markdown draft block by block, following CommonMark's container blocks (blockquotes and
 * list items, nested to any depth) so that a fence or an indented code block inside them is code,
 * and its paragraphs (a setext heading ends one) so that an inline code span may run over lines.
 * Each line is looked at a bounded number of times, and each container on it once.
 */
function maskMarkdown(text: string, chars: Uint16Array, blank: (start: number, end: number) => void): void {
  const lines = splitLines(text);
  const containers: Container[] = [];
  /** Indexes in `containers` of the blockquotes, in order. */
  const quotes: number[] = [];
  let fence: Fence | undefined;
  /** The open paragraph: its lines' content ranges, and whether its last line breaks hard. */
  let paragraph: { segments: number[]; hardEnd: boolean } | undefined;
  const closeParagraph = () => {
    if (paragraph) maskCodeSpans(text, paragraph.segments, blank);
    paragraph = undefined;
  };
  const truncate = (depth: number) => {
    containers.length = depth;
    while (quotes.length > 0 && quotes[quotes.length - 1]! >= depth) quotes.pop();
  };
  for (let index = maskFrontMatter(text, lines, blank); index < lines.length; index++) {
    const line = lines[index]!;
    const { matched, pos } = matchContainers(text, line, containers, quotes);
    let at = pos;
    if (fence) {
      if (matched >= fence.depth) {
        blank(line.start, line.end);
        const close = FENCE.exec(text.slice(at, line.end));
        if (close && close[2]![0] === fence.marker[0] && close[2]!.length >= fence.marker.length && text.slice(at + close[0].length, line.end).trim() === '') fence = undefined;
        continue;
      }
      fence = undefined;
    }
    const rest = text.slice(at, line.end);
    if (matched < containers.length) {
      // A paragraph goes on lazily into a line that its containers' markers do not continue.
      if (paragraph && !startsBlock(rest)) {
        blank(line.start, at);
        continueParagraph(text, chars, paragraph, at, line, blank);
        continue;
      }
      closeParagraph();
      truncate(matched);
    }
    // New containers opened on this line.
    at = openContainers(text, at, line.end, containers, quotes, paragraph !== undefined, blank);
    if (containers.length > matched) closeParagraph();
    blank(line.start, at);
    const body = text.slice(at, line.end);
    at = maskLeaf(text, chars, body, at, line.end, paragraph !== undefined, blank);
    if (at < 0) {
      // Not a paragraph line: blank, a fence, a heading (a setext underline ends its paragraph as
      // a heading), a break, a definition or code.
      if (at === -2) fence = openFence(body, containers.length);
      closeParagraph();
      continue;
    }
    if (paragraph) continueParagraph(text, chars, paragraph, at, line, blank);
    else {
      closeParagraph();
      paragraph = { segments: [at, line.end], hardEnd: hardEnd(text, line) };
      maskInline(text, at, line.end, chars, blank);
    }
  }
  closeParagraph();
}

/** Whether the line break after `line` is hard: a table row, or two spaces or a backslash at its end. */
function hardEnd(text: string, line: { start: number; end: number }): boolean {
  const lineText = text.slice(line.start, line.end);
  return lineText.includes('|') || /(?: {2}|\\)$/.test(lineText);
}

/** Adds a line to the open paragraph: the line break before it becomes a space, unless it is hard. */
function continueParagraph(
  text: string,
  chars: Uint16Array,
  paragraph: { segments: number[]; hardEnd: boolean },
  at: number,
  line: { start: number; end: number },
  blank: (start: number, end: number) => void,
): void {
  const previousEnd = paragraph.segments[paragraph.segments.length - 1]!;
  if (!paragraph.hardEnd && text.charCodeAt(line.start + indentAt(text, line.start, line.end).chars) !== 124 /* | */) {
    for (let i = previousEnd; i < line.start; i++) if (chars[i] === 10 || chars[i] === 13) chars[i] = 32;
  }
  paragraph.segments.push(at, line.end);
  paragraph.hardEnd = hardEnd(text, line);
  maskInline(text, at, line.end, chars, blank);
}

/** How many open containers the line continues, and where its content starts after their markers. */
function matchContainers(text: string, line: { start: number; end: number }, containers: Container[], quotes: number[]): { matched: number; pos: number } {
  let pos = line.start;
  let matched = 0;
  while (matched < containers.length) {
    const container = containers[matched]!;
    const indent = indentAt(text, pos, line.end);
    if (container.quote) {
      // No read past the text's end: V8 throws optimised code away the first time one is made.
      if (indent.columns > 3 || pos + indent.chars >= text.length || text.charCodeAt(pos + indent.chars) !== 62 /* > */) break;
      pos += indent.chars + 1;
      if (pos < text.length && (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9)) pos++;
      matched++;
    } else if (pos + indent.chars >= line.end) {
      // A blank line continues every list item up to the next blockquote, which it ends.
      matched = nextQuote(quotes, matched) ?? containers.length;
      pos = line.end;
    } else if (indent.columns >= container.indent) {
      pos += Math.min(indent.chars, container.indent);
      matched++;
    } else break;
  }
  return { matched, pos };
}

/** The first blockquote at or after `from` in the container stack, by binary search. */
function nextQuote(quotes: number[], from: number): number | undefined {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (quotes[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return quotes[low];
}

/** Opens the blockquotes and list items that start at `at`; returns where their content starts. */
function openContainers(
  text: string,
  at: number,
  end: number,
  containers: Container[],
  quotes: number[],
  inParagraph: boolean,
  blank: (start: number, end: number) => void,
): number {
  for (;;) {
    const indent = indentAt(text, at, end);
    if (indent.columns > 3) return at;
    const first = at + indent.chars;
    if (first < text.length && text.charCodeAt(first) === 62 /* > */) {
      quotes.push(containers.length);
      containers.push({ quote: true });
      at = first + 1;
      if (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
      continue;
    }
    const rest = text.slice(at, Math.min(end, at + 16));
    const marker = LIST_MARKER.exec(rest);
    if (!marker || isThematicBreak(text.slice(at, end))) return at;
    const markerEnd = at + marker[0].length;
    const after = indentAt(text, markerEnd, end);
    const emptyItem = markerEnd + after.chars >= end;
    // An ordered item that does not start at 1, or an empty item, does not interrupt a paragraph.
    if (inParagraph && (emptyItem || (/\d/.test(marker[2]!) && !/^0*1[.)]$/.test(marker[2]!)))) return at;
    const spaces = emptyItem || after.columns > 4 ? 1 : after.columns;
    containers.push({ quote: false, indent: marker[0].length + spaces });
    at = emptyItem ? end : markerEnd + (after.columns > 4 ? 1 : after.chars);
    // A task-list box is markup.
    const box = /^\[[ xX]\][ \t]/.exec(text.slice(at, Math.min(end, at + 4)));
    if (box) {
      blank(at, at + 3);
      at += 3;
    }
    inParagraph = false;
  }
}

/** The fence opened by `body`, held by `depth` containers. */
function openFence(body: string, depth: number): Fence {
  const open = FENCE.exec(body)!;
  return { marker: open[2]!, indent: open[1]!.length, depth };
}

/**
 * Masks a leaf block's line that is not a paragraph line. Returns where the paragraph text of the
 * line starts when it is one, -2 when it opens a fence, -1 when it is a heading, a break, a
 * definition or code, and -3 when it is blank.
 */
function maskLeaf(text: string, chars: Uint16Array, body: string, at: number, end: number, inParagraph: boolean, blank: (start: number, end: number) => void): number {
  if (/^[ \t]*$/.test(body)) return -3;
  const fence = FENCE.exec(body);
  if (fence && !(fence[2]![0] === '`' && body.slice(fence[0].length).includes('`'))) {
    blank(at, end);
    return -2;
  }
  // Indented code cannot interrupt a paragraph; a setext underline needs one.
  if (indentAt(body, 0, body.length).columns >= 4 && !inParagraph) {
    blank(at, end);
    return -1;
  }
  // An HTML comment starts a block of its own (the comment itself is masked with the others).
  if (/^ {0,3}<!--/.test(body)) return -1;
  const heading = ATX.exec(body);
  if (heading) {
    blank(at, at + heading[0].length);
    const closing = /(?:^|[ \t])#+[ \t]*$/.exec(body.slice(heading[0].length));
    const contentEnd = closing ? at + heading[0].length + closing.index : end;
    blank(contentEnd, end);
    maskInline(text, at + heading[0].length, contentEnd, chars, blank);
    maskCodeSpans(text, [at + heading[0].length, contentEnd], blank);
    return -1;
  }
  if ((inParagraph && SETEXT_UNDERLINE.test(body)) || isThematicBreak(body) || REFERENCE_DEFINITION.test(body) || (body.includes('-') && TABLE_DELIMITER.test(body))) {
    blank(at, end);
    return -1;
  }
  const footnote = /^\[\^[^\]]+\]:\s*/.exec(body);
  if (footnote) blank(at, at + footnote[0].length);
  return at + (footnote ? footnote[0].length : 0);
}

/**
 * Masks the inline code spans of a paragraph or a heading, whose text is the ranges `segments`
 * (start, end, start, end …; the line breaks and container markers between them are already
 * masked), so that a span may run over lines. A run of backticks opens a span and the next run of
 * the same length closes it; a backslash before a run escapes its first backtick (inside a span a
 * backslash is literal, so it escapes no closing run). Linear: each run is read once, and the
 * search for a closing run of each length only moves forward.
 */
function maskCodeSpans(text: string, segments: readonly number[], blank: (start: number, end: number) => void): void {
  const starts: number[] = [];
  const lengths: number[] = [];
  const escaped: boolean[] = [];
  for (let k = 0; k < segments.length; k += 2) {
    const end = segments[k + 1]!;
    for (let i = segments[k]!; i < end; i++) {
      if (text.charCodeAt(i) !== 96) continue;
      let j = i;
      while (j < end && text.charCodeAt(j) === 96) j++;
      let backslashes = 0;
      while (i - backslashes - 1 >= segments[k]! && text.charCodeAt(i - backslashes - 1) === 92) backslashes++;
      starts.push(i);
      lengths.push(j - i);
      escaped.push(backslashes % 2 === 1);
      i = j - 1;
    }
  }
  if (starts.length < 2) return;
  const byLength = new Map<number, number[]>();
  lengths.forEach((length, r) => {
    const list = byLength.get(length);
    if (list) list.push(r);
    else byLength.set(length, [r]);
  });
  const next = new Map<number, number>();
  for (let r = 0; r < starts.length; r++) {
    const open = escaped[r] ? lengths[r]! - 1 : lengths[r]!;
    if (open === 0) continue;
    const list = byLength.get(open);
    if (!list) continue;
    let p = next.get(open) ?? 0;
    while (p < list.length && list[p]! <= r) p++;
    next.set(open, p);
    if (p >= list.length) continue;
    const close = list[p]!;
    blank(starts[r]! + (escaped[r] ? 1 : 0), starts[close]! + lengths[close]!);
    r = close;
  }
}

function maskInline(text: string, start: number, end: number, chars: Uint16Array, blank: (start: number, end: number) => void): void {
  const line = text.slice(start, end);
  // Links and images: keep the text, drop the target.
  const link = /(!?)\[((?:[^[\]]|\[[^[\]]*\])*)\](\([^()\s]*(?:\s+(?:"[^"]*"|'[^']*'))?\)|\[[^\]]*\])?/g;
  for (let match = link.exec(line); match; match = link.exec(line)) {
    const at = start + match.index;
    if (match[2]!.startsWith('^')) {
      blank(at, at + match[0].length);
      continue;
    }
    blank(at, at + match[1]!.length + 1);
    const textEnd = at + match[1]!.length + 1 + match[2]!.length;
    blank(textEnd, at + match[0].length);
  }
  // Autolinks and HTML tags.
  const tag = /<\/?[A-Za-z][^<>]*>|<(?:https?|mailto):[^<>]*>/g;
  for (let match = tag.exec(line); match; match = tag.exec(line)) blank(start + match.index, start + match.index + match[0].length);
  // Emphasis, strike-through and table pipes.
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '*' || c === '~') chars[i] = 32;
    else if (c === '_' && (i === start || /[\s\p{P}]/u.test(text[i - 1]!) || i + 1 >= end || /[\s\p{P}]/u.test(text[i + 1]!))) chars[i] = 32;
    else if (c === '|' && text[i - 1] !== '\\') chars[i] = 44;
  }
}

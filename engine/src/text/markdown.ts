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

const FENCE = /^( {0,3})(`{3,}|~{3,})/;
const BLOCK_START = /^(?: {0,3}(?:#{1,6}(?:\s|$)|>|[-*+]\s|\d{1,9}[.)]\s|\||```|~~~)|\s*$)/;

function maskMarkdown(text: string, chars: Uint16Array, blank: (start: number, end: number) => void): void {
  const lines: { start: number; end: number; text: string }[] = [];
  {
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text[i] === '\n') {
        let end = i;
        if (end > start && text[end - 1] === '\r') end--;
        lines.push({ start, end, text: text.slice(start, end) });
        start = i + 1;
      }
    }
  }
  let index = 0;
  // Front matter: keys are not prose, values are.
  if (lines[0] && /^---\s*$/.test(lines[0].text)) {
    let close = -1;
    for (let j = 1; j < lines.length; j++) {
      if (/^(?:---|\.\.\.)\s*$/.test(lines[j]!.text)) {
        close = j;
        break;
      }
    }
    if (close > 0) {
      blank(lines[0].start, lines[0].end);
      for (let j = 1; j < close; j++) {
        const line = lines[j]!;
        const key = /^(\s*[-\w.$]+\s*:)/.exec(line.text) ?? /^(\s*-\s)/.exec(line.text);
        if (key) blank(line.start, line.start + key[1]!.length);
      }
      blank(lines[close]!.start, lines[close]!.end);
      index = close + 1;
    }
  }
  let fence: { marker: string; indent: number } | undefined;
  let previousBlank = true;
  let inList = false;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    const lineText = line.text;
    if (fence) {
      blank(line.start, line.end);
      const close = FENCE.exec(lineText);
      if (close && close[2]![0] === fence.marker[0] && close[2]!.length >= fence.marker.length && lineText.slice(close[0].length).trim() === '') fence = undefined;
      continue;
    }
    const open = FENCE.exec(lineText);
    if (open) {
      fence = { marker: open[2]!, indent: open[1]!.length };
      blank(line.start, line.end);
      previousBlank = false;
      continue;
    }
    const isBlank = lineText.trim() === '';
    if (!isBlank && previousBlank && !inList && /^(?: {4}|\t)/.test(lineText)) {
      // Indented code block.
      blank(line.start, line.end);
      continue;
    }
    if (isBlank) {
      previousBlank = true;
      inList = inList && index + 1 < lines.length && /^(?:\s{2,}|\s*[-*+]\s|\s*\d{1,9}[.)]\s)/.test(lines[index + 1]!.text);
      continue;
    }
    // Reference definitions: not prose at all.
    if (/^ {0,3}\[[^\]^]+\]:\s*\S/.test(lineText)) {
      blank(line.start, line.end);
      previousBlank = false;
      continue;
    }
    // Table delimiter rows. Written so that no two adjacent parts can match the same spaces: the
    // former `\s*\|?\s*` and `\s*\|?\s*$` took quadratic time on a long line of spaces (found
    // by tests/robustness).
    if (lineText.includes('-') && /^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?$/.test(lineText)) {
      blank(line.start, line.end);
      previousBlank = false;
      continue;
    }
    // Block markers: headings, blockquotes, list items, footnote labels.
    const marker = /^(\s{0,3}(?:>\s?)*)(#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+|\[\^[^\]]+\]:\s*)?/.exec(lineText);
    if (marker && marker[0].length > 0) blank(line.start, line.start + marker[0].length);
    if (marker?.[2] && /^[-*+\d]/.test(marker[2])) inList = true;
    // Closing heading hashes.
    const closingHashes = /\s#+\s*$/.exec(lineText);
    if (marker?.[2]?.startsWith('#') && closingHashes) blank(line.start + closingHashes.index, line.end);
    maskInline(text, line.start, line.end, chars, blank);
    // A line break is soft unless the next line starts a block.
    if (line.end < text.length) {
      const next = lines[index + 1];
      const hard = !next || BLOCK_START.test(next.text) || lineText.includes('|') || marker?.[2]?.startsWith('#') || /(?: {2}|\\)$/.test(lineText);
      if (!hard) {
        if (text[line.end] === '\r') chars[line.end] = 32;
        const newline = text[line.end] === '\r' ? line.end + 1 : line.end;
        if (text[newline] === '\n') chars[newline] = 32;
      }
    }
    previousBlank = false;
  }
}

function maskInline(text: string, start: number, end: number, chars: Uint16Array, blank: (start: number, end: number) => void): void {
  const line = text.slice(start, end);
  // Inline code spans: a whole run of backticks opens one, and a run of the same length closes it.
  // The run is taken whole (a lookahead is atomic) from its first backtick; the former
  // /(`+)([\s\S]*?[^`])\1(?!`)/ retried every shorter run at every backtick, which took cubic time
  // on a line of backticks (found by tests/robustness).
  const code = /(?<!`)(?=(`+))\1([\s\S]*?[^`])\1(?!`)/g;
  for (let match = code.exec(line); match; match = code.exec(line)) blank(start + match.index, start + match.index + match[0].length);
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

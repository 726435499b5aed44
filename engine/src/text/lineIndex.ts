/**
 * Converts UTF-16 offsets to 0-based line and character positions and back. Lines end at `\n`,
 * `\r\n` or a lone `\r`, as in LSP. Characters are UTF-16 code units, as in LSP and SARIF.
 */
export interface LineIndex {
  /** 0-based line and UTF-16 character of an offset (clamped to the text). */
  position(offset: number): { line: number; character: number };
  /** The offset of a 0-based line and character (clamped to the line). */
  offset(line: number, character: number): number;
  /** The number of lines. */
  readonly lineCount: number;
  /** The offset where line `line` starts. */
  lineStart(line: number): number;
  /** The offset where line `line` ends, before its line break. */
  lineEnd(line: number): number;
}

/** Builds a {@link LineIndex} over `text`. */
export function lineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (code === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  const lineEnd = (line: number): number => {
    if (line + 1 >= starts.length) return text.length;
    let end = starts[line + 1]!;
    if (end > 0 && text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && text.charCodeAt(end - 1) === 13) end--;
    return end;
  };
  return {
    lineCount: starts.length,
    lineStart: (line) => starts[Math.max(0, Math.min(line, starts.length - 1))]!,
    lineEnd,
    position(offset) {
      const clamped = Math.max(0, Math.min(offset, text.length));
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= clamped) low = mid;
        else high = mid - 1;
      }
      return { line: low, character: clamped - starts[low]! };
    },
    offset(line, character) {
      if (line < 0) return 0;
      if (line >= starts.length) return text.length;
      return Math.min(starts[line]! + Math.max(0, character), lineEnd(line));
    },
  };
}

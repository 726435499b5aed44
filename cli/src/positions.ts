/**
 * The one place where the CLI turns the engine's UTF-16 offsets into 1-based lines and columns.
 * Columns count UTF-16 code units, as SARIF's `utf16CodeUnits` column kind and LSP do; an end
 * column is exclusive (it names the character just past the range).
 */
import { lineIndex, type LineIndex } from '../../engine/src/index';

/** A range of a text: its offsets and its 1-based line and column positions. */
export interface Span {
  /** UTF-16 offsets, `[start, end)`. */
  start: number;
  end: number;
  /** 1-based line and column of `start`. */
  line: number;
  column: number;
  /** 1-based line and (exclusive) column of `end`. */
  endLine: number;
  endColumn: number;
}

/** Converts offsets of one text to {@link Span}s. */
export interface Locator {
  span(start: number, end: number): Span;
}

/** Builds a {@link Locator} over a text (or over an already built line index). */
export function locator(source: string | LineIndex): Locator {
  const index = typeof source === 'string' ? lineIndex(source) : source;
  return {
    span(start, end) {
      const from = index.position(Math.min(start, end));
      const to = index.position(Math.max(start, end));
      return {
        start: Math.min(start, end),
        end: Math.max(start, end),
        line: from.line + 1,
        column: from.character + 1,
        endLine: to.line + 1,
        endColumn: to.character + 1,
      };
    },
  };
}

/**
 * Splits of votes in the rows of a Markdown table whose header names the two sides ("| Vote | For
 * | Against |", «| التصويت | مع | ضد |»): each body row gives the figure of each side in its
 * column ("| SNP amendment | 26 | 38 |"). The order of the two figures is the columns', not the
 * larger side first as a split is written in prose, so they are read as a pair of sides. The
 * checker reads such a table as one block, header and rows (`blocks.ts`, {@link voteTableEnd}).
 */
import { tokenAtOffset, type Analysis } from '../analysis';
import { numbers, type NumberExpression } from './numbers';
import { SPLIT_COLUMNS } from '../lexicon/numbers';
import { wordKey } from '../tokenKey';

/** A row of a vote table: the figures in its columns of the two sides, and its first cell. */
export interface TableSplit {
  /** The figure of the "for" column. */
  for: NumberExpression;
  /** The figure of the "against" column. */
  against: NumberExpression;
  /** The token range of the row's first cell, which names what was voted on. */
  labelStart: number;
  labelEnd: number;
}

/** A line of the draft with its offset. */
interface Line {
  text: string;
  start: number;
}

/** The cells of a table line, each with its offset (the text between two bars). */
function cells(line: Line): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const bars = [...line.text.matchAll(/\|/g)].map((match) => match.index);
  for (let k = 0; k + 1 < bars.length; k++) out.push({ text: line.text.slice(bars[k]! + 1, bars[k + 1]), start: line.start + bars[k]! + 1 });
  return out;
}

const FOR = new Set(SPLIT_COLUMNS.for.map(wordKey));
const AGAINST = new Set(SPLIT_COLUMNS.against.map(wordKey));

/** The columns of the two sides in a header line, if it names both. */
function sideColumns(header: Line): { for: number; against: number } | undefined {
  const keys = cells(header).map((cell) => wordKey(cell.text.trim()));
  const forColumn = keys.findIndex((key) => FOR.has(key));
  const againstColumn = keys.findIndex((key) => AGAINST.has(key));
  return forColumn > 0 && againstColumn > 0 ? { for: forColumn, against: againstColumn } : undefined;
}

const TABLE_LINE = /^\s*\|/;
const DELIMITER_LINE = /^[ \t]*(?:\|[ \t]*)?:?-{3,}/;

/**
 * Where a vote table that starts at the line `[start, end)` of `text` ends: at the end of its last
 * row when the line is a header that names both sides and a delimiter row follows it, else at
 * `end`. No further than `to`.
 */
export function voteTableEnd(text: string, start: number, end: number, to: number): number {
  if (end >= to || !TABLE_LINE.test(text.slice(start, end)) || !sideColumns({ text: text.slice(start, end), start })) return end;
  let last = end;
  for (let at = end + 1, row = 0; at < to; row++) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const line = text.slice(at, lineEnd);
    if (!(row === 0 ? DELIMITER_LINE : TABLE_LINE).test(line)) break;
    last = lineEnd;
    at = lineEnd + 1;
  }
  return last;
}

/** The lines of a text with their offsets. */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ text: line, start });
    start += line.length + 1;
  }
  return out;
}

const cache = new WeakMap<Analysis, TableSplit[]>();

/** Every split of a vote table's body rows, in order. */
export function tableSplits(analysis: Analysis): TableSplit[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const out: TableSplit[] = [];
  const lines = linesOf(analysis.text);
  const all = numbers(analysis);
  // The number that starts each cell's first word: a side's cell holds its figure alone.
  const alone = (cell: { text: string; start: number }) => {
    const found = all.filter((n) => n.start >= cell.start && n.end <= cell.start + cell.text.length);
    return found.length === 1 && cell.text.trim() === analysis.text.slice(found[0]!.start, found[0]!.end) ? found[0] : undefined;
  };
  for (let k = 0; k + 1 < lines.length; k++) {
    if (!TABLE_LINE.test(lines[k]!.text) || !DELIMITER_LINE.test(lines[k + 1]!.text)) continue;
    const columns = sideColumns(lines[k]!);
    if (!columns) continue;
    for (let row = k + 2; row < lines.length && TABLE_LINE.test(lines[row]!.text); row++) {
      const rowCells = cells(lines[row]!);
      const first = rowCells[0];
      const forFigure = rowCells[columns.for] && alone(rowCells[columns.for]!);
      const againstFigure = rowCells[columns.against] && alone(rowCells[columns.against]!);
      if (!first || !forFigure || !againstFigure || !first.text.trim()) continue;
      const labelStart = tokenAtOffset(analysis.tokens, first.start + first.text.search(/\S/));
      out.push({ for: forFigure, against: againstFigure, labelStart, labelEnd: forFigure.tokenStart });
    }
  }
  cache.set(analysis, out);
  return out;
}

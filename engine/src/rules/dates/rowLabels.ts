/**
 * The `event-date` rule's dates of table rows: a date that fills a later cell of a row alone
 * ("| Council tax, Band D | – | £1,663 | 1 April 2027 |", «| بدء الأشغال | 4300 عامل | مارس 2021 |»)
 * dates what the row's first cell names, however many cells of figures stand between them. The
 * date's own clause is its cell, and the clauses set off beside it are only its neighbours' cells.
 */
import type { Analysis } from '../../analysis';
import type { TriggerHit } from '../../events';
import type { DateExpression } from '../../extract/dates';
import { weekdayAt } from '../../extract/weekdays';

/**
 * The trigger hits of the first cell of the table row whose later cell the date fills alone (a
 * weekday may stand before it in the cell); none when the date is not alone in a later cell.
 */
export function rowLabelHits(analysis: Analysis, hits: readonly TriggerHit[], date: DateExpression, first: number): TriggerHit[] {
  const tokens = analysis.tokens;
  const text = analysis.text;
  const start = tokens[first]!.oStart;
  const end = tokens[date.tokenEnd - 1]!.oEnd;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  const firstBar = text.indexOf('|', lineStart);
  const cellBar = text.lastIndexOf('|', start - 1);
  // A row opens with a bar, and the date's cell is not its first.
  if (firstBar < 0 || text.slice(lineStart, firstBar).trim() !== '' || cellBar <= firstBar) return [];
  // A row of years heads columns of figures ("| Strike days | Unit | 2025 | 2026 |"): a row is its
  // own block, so its separator line is not seen, but another cell of a year alone tells it.
  const cells = text.slice(firstBar, lineEnd).split('|');
  if (cells.filter((cell) => /^\s*\d{4}\s*$/.test(cell)).length > 1) return [];
  // The date fills its cell: only spaces (and a weekday before it) between it and the bars.
  if (!/^[ \t]*\|/.test(text.slice(end, lineEnd))) return [];
  for (let k = first - 1; k >= 0 && tokens[k]!.oStart > cellBar; k--) if (!weekdayAt(tokens, k)) return [];
  if (text.slice(cellBar + 1, start).replace(/[\p{L}\p{M},،]+/gu, '').trim() !== '') return [];
  const labelEnd = text.indexOf('|', firstBar + 1);
  return hits.filter((hit) => tokens[hit.tokenStart]!.oStart > firstBar && tokens[hit.tokenEnd - 1]!.oEnd <= labelEnd);
}

// Tables for the console and for docs/benchmarks.md.

/** Formats a number with `digits` decimals; NaN/undefined as '–'. */
export function num(value, digits = 2) {
  if (value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value))) return '–';
  if (typeof value !== 'number') return String(value);
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Milliseconds, with sensible precision. */
export function ms(value) {
  if (!Number.isFinite(value)) return '–';
  if (value < 10) return `${num(value, 2)} ms`;
  if (value < 1000) return `${num(value, 1)} ms`;
  return `${num(value / 1000, 2)} s`;
}

export function bytes(n) {
  if (!Number.isFinite(n)) return '–';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${num(n / 1024, 1)} KiB`;
  return `${num(n / 1024 / 1024, 2)} MiB`;
}

/** A plain-text table. */
export function textTable(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => [...(row[i] ?? '')].length)));
  const line = (row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** A Markdown table (first column left, the rest right-aligned). */
export function mdTable(headers, rows) {
  const esc = (c) => String(c ?? '').replace(/\|/g, '\\|');
  return [
    `| ${headers.map(esc).join(' | ')} |`,
    `| ${headers.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(esc).join(' | ')} |`),
  ].join('\n');
}

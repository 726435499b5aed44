/**
 * Applies the first fix of each finding to a text, skipping fixes that overlap one already taken.
 */
import type { Finding, TextEdit } from './types';

/** What {@link applyFixes} returns. */
export interface ApplyFixesResult {
  /** The text with the fixes applied. */
  text: string;
  /** How many findings were fixed. */
  applied: number;
}

/**
 * Applies the first fix of each finding that has one. Fixes whose edits overlap an edit already
 * taken are skipped, so the result is well defined; run the check again to fix what is left.
 */
export function applyFixes(text: string, findings: readonly Finding[]): ApplyFixesResult {
  const taken: TextEdit[] = [];
  let applied = 0;
  const sorted = [...findings].sort((a, b) => a.range.start - b.range.start);
  for (const finding of sorted) {
    const fix = finding.fixes[0];
    if (!fix) continue;
    const overlaps = fix.edits.some((edit) =>
      taken.some((other) => edit.range.start < other.range.end && other.range.start < edit.range.end) ||
      edit.range.start < 0 || edit.range.end > text.length || edit.range.end < edit.range.start,
    );
    if (overlaps) continue;
    taken.push(...fix.edits);
    applied++;
  }
  taken.sort((a, b) => b.range.start - a.range.start);
  let out = text;
  for (const edit of taken) out = out.slice(0, edit.range.start) + edit.text + out.slice(edit.range.end);
  return { text: out, applied };
}

/**
 * Figures in digits written the way the draft wrote the figure a fix replaces, so that a fix
 * changes the value and nothing of its style: the same digits (Latin or Arabic-Indic) and the same
 * thousands separator (54,000 → 45,000; ٥٤٬٠٠٠ → ٤٥٬٠٠٠; 54000 → 45000).
 */
import { groupThousands } from './english';

/**
 * The thousands separators a draft may group digits with: the comma, the Arabic thousands
 * separator (U+066C), and the spaces (no-break, narrow no-break, plain). A full stop is left out:
 * it is the decimal point of the drafts this checker reads.
 */
const GROUPED = /[0-9\u0660-\u0669]([,\u066c\u00a0\u202f ])[0-9\u0660-\u0669]{3}(?![0-9\u0660-\u0669])/;

/** `value` in digits, in the style of `written` (the draft's figure). */
export function digitsLike(value: number, written: string): string {
  const separator = GROUPED.exec(written)?.[1];
  let digits = separator !== undefined ? groupThousands(value, separator) : String(value);
  if (/[\u0660-\u0669]/.test(written)) {
    digits = digits.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    // An Arabic decimal point (U+066B) stays one.
    if (written.includes('\u066b')) digits = digits.replace('.', '\u066b');
  }
  return digits;
}

/**
 * `text` (a fix that holds figures in Latin digits, «86 مليون») with its digits in the script of
 * `written` (the draft's figure): Arabic-Indic where the draft wrote them («٨٦ مليون»), with an
 * Arabic decimal point where the draft wrote one; unchanged otherwise.
 */
export function inDigitsOf(text: string, written: string): string {
  if (!/[\u0660-\u0669]/.test(written)) return text;
  const digits = text.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
  return written.includes('\u066b') ? digits.replace(/(?<=[\u0660-\u0669])\.(?=[\u0660-\u0669])/g, '\u066b') : digits;
}

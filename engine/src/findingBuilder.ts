/**
 * The form in which rules report: both messages, ranges in the original text, an optional fix.
 * The checker turns a {@link Draft} into a {@link Finding}, picking the message language and the
 * severity.
 */
import type { EvidenceRef, OffsetRange } from './types';

/** A finding as a rule reports it. */
export interface Draft {
  ruleId: string;
  range: OffsetRange;
  /** The message in both languages. */
  message: { ar: string; en: string };
  actual: string;
  expected?: string;
  /** The replacement for `fixRange` (by default `range`), when one is clear. */
  fix?: { text: string; range?: OffsetRange; title?: { ar: string; en: string } };
  factId?: string;
  evidence: EvidenceRef[];
  /** The language of the sentence the finding is in. */
  lang: 'ar' | 'en';
  /**
   * Whether the finding rests on a fact the drawing marked unsure (`review.unsure`): it is then
   * reported at information level at most, whatever the rule's severity, so that it shows where
   * to look without counting as an error or a warning.
   */
  advisory?: boolean;
}

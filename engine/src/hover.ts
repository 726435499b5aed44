/**
 * Fact cards: what the engine knows about the thing under the cursor.
 */
import type { Checker } from './check';
import type { CheckOptions, EvidenceRef, Finding, OffsetRange } from './types';

/** A fact card, in plain data; adapters render it (the server as Markdown). */
export interface HoverCard {
  /** The range of the recognised name, title, date, number or quote. */
  range: OffsetRange;
  /** The card's language (the draft's). */
  lang: 'ar' | 'en';
  /** The heading: canonical names in Arabic and English. */
  title: string;
  /** Facts, one line each, in the card's language. */
  facts: string[];
  /** The article's own sentences. */
  evidence: EvidenceRef[];
  /** Findings at this place. */
  findings: Finding[];
}

/** Returns the fact card at `offset` of `text`, if something known is there. Never throws. */
export function hoverAt(checker: Checker, text: string, offset: number, options?: CheckOptions): HoverCard | undefined {
  void checker;
  void text;
  void offset;
  void options;
  return undefined;
}

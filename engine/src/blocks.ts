/**
 * A draft's blocks and what a checker remembers of them between checks.
 *
 * Every rule reads within a sentence, and a sentence never crosses a hard line break of the prose
 * mask, so a draft is checked block by block (the lines of the mask) and each block's result is
 * remembered by its text. While a draft is being edited, the checker also remembers the draft
 * itself (its mask, chunks and blocks): the next version is compared with it, and only the chunks
 * and blocks between the shared start and the shared end are masked and looked up again (see
 * `text/chunks.ts`), so an edit costs what it changed plus a few linear scans, not a new mask and
 * a new cache key for every block.
 */
import { analyse, type Analysis } from './analysis';
import { findAnchors, type AnchorHits } from './scope/detect';
import type { ScopeIndex } from './scope/profile';
import type { Draft } from './findingBuilder';
import { commonPrefix, commonSuffix, maskDraft, remask, type MaskedDraft } from './text/chunks';
import { proseMask, type ProseMask } from './text/markdown';
import { voteTableEnd } from './extract/tableSplits';

/** What the checker remembers of one block of a draft. */
export interface BlockEntry {
  arabic: number;
  latin: number;
  /** The stories' names found in the block. */
  anchors: AnchorHits;
  /** The rules' findings against each fact base (by index), filled in when first needed. */
  perBase: (Draft[] | undefined)[];
}

/** A block of the draft being checked, its entry, and its analysis when it was analysed in this check. */
export interface ReadBlock {
  start: number;
  end: number;
  entry: BlockEntry;
  analysis?: Analysis;
}

/** A draft the checker saw recently, and what it found of it. */
export interface RememberedDraft {
  masked: MaskedDraft;
  /** The rules and document date the blocks were read with. */
  enabledKey: string;
  blocks: ReadBlock[];
  /** The draft's own date, and how many of its first characters it depends on. */
  date: { value: DocumentDate | undefined; extent: number };
}

/** A draft's own date (see `frontMatterDate` in check.ts). */
export interface DocumentDate {
  year: number;
  month: number;
  day: number;
}

/** A remembered draft close to the one being checked: they share `prefix` characters at the start and `suffix` at the end. */
export interface NearDraft {
  draft: RememberedDraft;
  prefix: number;
  suffix: number;
}

/** How many checked blocks a checker remembers. */
const BLOCK_CACHE_SIZE = 4096;

/** How many drafts a checker remembers whole (one per open editor, roughly). */
const DRAFTS_REMEMBERED = 4;

/** The blocks and recent drafts a checker remembers. */
export class BlockMemory {
  readonly #cache = new Map<string, BlockEntry>();
  readonly #drafts: RememberedDraft[] = [];
  readonly #scope: () => ScopeIndex;
  readonly #bases: number;

  constructor(scope: () => ScopeIndex, bases: number) {
    this.#scope = scope;
    this.#bases = bases;
  }

  /**
   * The most recently checked draft that shares at least half of `text` at its start and end
   * (another draft is masked from scratch).
   */
  nearest(text: string, format: 'markdown' | 'plaintext'): NearDraft | undefined {
    // The most recently checked first: while a draft is edited, that is its previous version.
    for (const draft of this.#drafts) {
      if (draft.masked.format !== format) continue;
      const prefix = commonPrefix(draft.masked.text, text);
      const suffix = commonSuffix(draft.masked.text, text, prefix);
      if (text.length > 0 && (prefix + suffix) * 2 >= text.length) return { draft, prefix, suffix };
    }
    return undefined;
  }

  /**
   * Masks a draft and reads its blocks, reusing `near` (from {@link nearest}) when given. Throws
   * only when masking fails.
   */
  read(source: string, format: 'markdown' | 'plaintext', enabledKey: string, internalErrors: { ruleId: string; message: string }[], near: NearDraft | undefined): { mask: ProseMask; blocks: ReadBlock[]; masked: MaskedDraft } {
    if (!near) {
      const masked = maskDraft(source, format);
      return { mask: masked.mask, masked, blocks: this.#lookUp(source, masked.mask.text, format, enabledKey, maskBlocks(source, masked.mask.text, 0, source.length), internalErrors) };
    }
    const { draft, start, newEnd, oldEnd } = remask(near.draft.masked, source, near.prefix, near.suffix);
    const previous = near.draft;
    if (previous.enabledKey !== enabledKey) return { mask: draft.mask, masked: draft, blocks: this.#lookUp(source, draft.mask.text, format, enabledKey, maskBlocks(source, draft.mask.text, 0, source.length), internalErrors) };
    const delta = source.length - previous.masked.text.length;
    const blocks: ReadBlock[] = [];
    for (const block of previous.blocks) if (block.end <= start) blocks.push(block);
    blocks.push(...this.#lookUp(source, draft.mask.text, format, enabledKey, maskBlocks(source, draft.mask.text, start, newEnd), internalErrors));
    for (const block of previous.blocks) if (block.start >= oldEnd) blocks.push({ start: block.start + delta, end: block.end + delta, entry: block.entry });
    return { mask: draft.mask, masked: draft, blocks };
  }

  /** Remembers a checked draft (its blocks without their analyses, which only one check needs). */
  remember(masked: MaskedDraft, enabledKey: string, blocks: readonly ReadBlock[], date: RememberedDraft['date']): void {
    const kept = blocks.map((block) => (block.analysis ? { start: block.start, end: block.end, entry: block.entry } : block));
    const at = this.#drafts.findIndex((draft) => draft.masked.text === masked.text || draft.masked === masked);
    if (at >= 0) this.#drafts.splice(at, 1);
    this.#drafts.unshift({ masked, enabledKey, blocks: kept, date });
    if (this.#drafts.length > DRAFTS_REMEMBERED) this.#drafts.pop();
  }

  /** The whole draft as one block (`wholeDocument`), not remembered as a draft. */
  readWhole(source: string, format: 'markdown' | 'plaintext', enabledKey: string, internalErrors: { ruleId: string; message: string }[]): { mask: ProseMask; blocks: ReadBlock[] } {
    const mask = proseMask(source, format);
    return { mask, blocks: this.#lookUp(source, mask.text, format, enabledKey, [[0, source.length]], internalErrors) };
  }

  /** Blocks of a draft, looked up in the cache by their text (the new ones analysed). */
  #lookUp(source: string, mask: string, format: 'markdown' | 'plaintext', enabledKey: string, ranges: readonly (readonly [number, number])[], internalErrors: { ruleId: string; message: string }[]): ReadBlock[] {
    const read: ReadBlock[] = [];
    for (const [blockStart, blockEnd] of ranges) {
      // A block that is the whole draft is the draft itself, not a copy (a one-line draft of megabytes).
      const whole = blockStart === 0 && blockEnd === source.length;
      const blockText = whole ? source : detach(source.slice(blockStart, blockEnd));
      const blockMask = whole ? mask : detach(mask.slice(blockStart, blockEnd));
      // A block of plain prose is its own mask: its text is then written once in the key.
      const key = blockMask === blockText ? `${format}\u0000${enabledKey}\u0001${blockText}` : `${format}\u0000${enabledKey}\u0000${blockMask}\u0000${blockText}`;
      let entry = this.#cache.get(key);
      let analysis: Analysis | undefined;
      if (!entry) {
        try {
          analysis = analyse(blockText, format, { text: blockMask, directives: [] });
        } catch (error) {
          internalErrors.push({ ruleId: 'analysis', message: String((error as Error)?.stack ?? error) });
          continue;
        }
        entry = { ...scriptCounts(analysis), anchors: findAnchors(analysis, this.#scope()), perBase: new Array<Draft[] | undefined>(this.#bases).fill(undefined) };
        if (this.#cache.size >= BLOCK_CACHE_SIZE) this.#cache.delete(this.#cache.keys().next().value!);
        this.#cache.set(key, entry);
      } else {
        // Refresh its place in the cache's order.
        this.#cache.delete(key);
        this.#cache.set(key, entry);
      }
      read.push({ start: blockStart, end: blockEnd, entry, analysis });
    }
    return read;
  }
}

/**
 * A copy of a slice of a draft that does not keep the draft alive. V8 represents a slice as a view
 * of the whole string, so a cached block key, an analysis or a finding's text taken from a slice
 * kept every version of an edited draft (and its mask) in memory: 250 KB per edit of a 10,000-word
 * draft, until the block cache dropped the block. Concatenating and slicing again makes a string
 * of its own.
 */
export function detach(slice: string): string {
  return slice.length < 13 ? slice : (' ' + slice).slice(1);
}

/** Letters of each script in a block (the draft's language is the one with more). */
function scriptCounts(analysis: Analysis): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  for (const token of analysis.tokens) {
    if (token.script === 'ar') arabic += token.end - token.start;
    else if (token.script === 'latin') latin += token.end - token.start;
  }
  return { arabic, latin };
}

/**
 * The blocks of `[from, to)` of a draft: the runs between hard line breaks of its prose mask, blank
 * ones skipped. A line that is one quotation (in marks, or a block quotation's line without them)
 * and the byline under it ("— Name, Agency", after at most two blank lines) are one block, so that the byline names the quotation's speaker (rule
 * `quote-speaker`). A byline never starts a chunk (`text/chunks.ts` cuts before letters only), so
 * an edit re-reads the pair whole. A table whose header names the two sides of a vote (For,
 * Against) is one block too, so that each row's figures are read by their columns (rule
 * `quantity`, `extract/tableSplits.ts`); no table line starts a chunk either.
 */
function maskBlocks(source: string, mask: string, from: number, to: number): (readonly [number, number])[] {
  const blocks: (readonly [number, number])[] = [];
  for (let start = from; start < to; ) {
    let end = mask.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    if (end > start && /\S/.test(mask.slice(start, end))) {
      end = voteTableEnd(source, start, bylineEnd(source, mask, start, end, to), to);
      blocks.push([start, end]);
    }
    start = end + 1;
  }
  return blocks;
}

const QUOTATION_LINE = /^\s*["«“„][^\n]*["»”][.?!]?\s*$/;
const BYLINE_LINE = /^[ \t]*(?:—|–|―|--)[ \t]*\S/;
/** A Markdown block quotation's line with no quotation mark in it: the block quotes without marks. */
const BLOCK_QUOTE_LINE = /^[ \t]{0,3}>[^"«»“”„\n]*$/;

/**
 * Where the block of the line `[start, end)` ends: at the end of a byline under it when the line is
 * one quotation (in marks, or a Markdown block quotation's line without them), else at `end`.
 */
function bylineEnd(source: string, mask: string, start: number, end: number, to: number): number {
  if (end >= to || end - start > 2000 || !(QUOTATION_LINE.test(mask.slice(start, end)) || BLOCK_QUOTE_LINE.test(source.slice(start, end)))) return end;
  let at = end + 1;
  for (let blank = 0; blank <= 2 && at < to; blank++) {
    let lineEnd = mask.indexOf('\n', at);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const line = mask.slice(at, lineEnd);
    if (/\S/.test(line)) return BYLINE_LINE.test(line) ? lineEnd : end;
    at = lineEnd + 1;
  }
  return end;
}

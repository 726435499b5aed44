/**
 * The checker: analyses a draft once, runs every enabled rule over it, applies inline
 * suppressions and severities, and returns findings sorted by position.
 */
import { analyse, type Analysis } from './analysis';
import { dates } from './extract/dates';
import { proseMask, type ProseMask } from './text/markdown';
import { KnowledgeIndex } from './knowledge';
import { rules } from './rules/registry';
import { lineIndex } from './text/lineIndex';
import type { Draft } from './findingBuilder';
import type { CheckOptions, Finding, Lang, OffsetRange, SeveritySetting } from './types';
import type { FactBaseData } from './factBase/schema';
import { replaceWith } from './messages';

/** What {@link Checker.check} returns. */
export interface CheckResult {
  findings: Finding[];
  /** The dominant language of the draft. */
  lang: Lang;
  /** Rules that failed on this draft (a bug, reported rather than thrown). */
  internalErrors: { ruleId: string; message: string }[];
}

/** A checker bound to a set of fact bases. */
export interface Checker {
  readonly factBases: readonly FactBaseData[];
  /** The indexed facts (for hover and fact views). */
  readonly knowledge: KnowledgeIndex;
  /** Checks a draft. Never throws. */
  check(text: string, options?: CheckOptions): CheckResult;
  /** Analyses a draft without checking it (for hover). */
  analyse(text: string, options?: CheckOptions): Analysis;
}

/**
 * Creates a checker over parsed fact bases (see {@link parseFactBase}).
 *
 * @param factBases The fact bases to check against; facts of all of them apply.
 */
export function createChecker(factBases: readonly FactBaseData[]): Checker {
  const knowledge = new KnowledgeIndex(factBases);
  const blockCache = new Map<string, { drafts: Draft[]; arabic: number; latin: number }>();
  return {
    factBases,
    knowledge,
    analyse: (text, options) => analyse(String(text ?? ''), options?.format ?? 'markdown'),
    check(text, options = {}) {
      const internalErrors: CheckResult['internalErrors'] = [];
      const source = String(text ?? '');
      const format = options.format ?? 'markdown';
      let mask: ProseMask;
      let whole: Analysis | undefined;
      try {
        mask = proseMask(source, format);
      } catch (error) {
        return { findings: [], lang: 'en', internalErrors: [{ ruleId: 'analysis', message: String((error as Error)?.stack ?? error) }] };
      }
      const severities = new Map<string, SeveritySetting>();
      for (const rule of rules) severities.set(rule.id, options.rules?.[rule.id] ?? rule.defaultSeverity);
      const enabled = rules.filter((rule) => severities.get(rule.id) !== 'off');
      const documentDate = frontMatterDate(source);
      const enabledKey = enabled.map((rule) => rule.id).join(',') + (documentDate ? `@${documentDate.year}-${documentDate.month}-${documentDate.day}` : '');
      // Every rule reads within a sentence, and a sentence never crosses a hard line break of the
      // prose mask, so the draft is checked block by block (the lines of the mask) and each block's
      // result is remembered: after an edit only the changed block is checked again.
      const drafts: Draft[] = [];
      let arabic = 0;
      let latin = 0;
      const blocks = options.wholeDocument ? [[0, source.length] as const] : maskBlocks(mask.text);
      for (const [blockStart, blockEnd] of blocks) {
        const blockText = source.slice(blockStart, blockEnd);
        const blockMask = mask.text.slice(blockStart, blockEnd);
        const key = `${format}\u0000${enabledKey}\u0000${blockMask}\u0000${blockText}`;
        let cached = blockCache.get(key);
        if (!cached) {
          let analysis: Analysis;
          try {
            analysis = analyse(blockText, format, { text: blockMask, directives: [] });
          } catch (error) {
            internalErrors.push({ ruleId: 'analysis', message: String((error as Error)?.stack ?? error) });
            continue;
          }
          const found: Draft[] = [];
          for (const rule of enabled) {
            try {
              rule.check({ analysis, knowledge, report: (draft) => found.push({ ...draft, ruleId: rule.id }), documentDate });
            } catch (error) {
              internalErrors.push({ ruleId: rule.id, message: String((error as Error)?.stack ?? error) });
            }
          }
          let blockArabic = 0;
          let blockLatin = 0;
          for (const token of analysis.tokens) {
            if (token.script === 'ar') blockArabic += token.end - token.start;
            else if (token.script === 'latin') blockLatin += token.end - token.start;
          }
          cached = { drafts: found, arabic: blockArabic, latin: blockLatin };
          if (blockCache.size >= BLOCK_CACHE_SIZE) blockCache.delete(blockCache.keys().next().value!);
          blockCache.set(key, cached);
        } else {
          // Refresh its place in the cache's order.
          blockCache.delete(key);
          blockCache.set(key, cached);
        }
        arabic += cached.arabic;
        latin += cached.latin;
        for (const draft of cached.drafts) drafts.push(shiftDraft(draft, blockStart));
      }
      whole = { text: source, directives: mask.directives } as unknown as Analysis;
      const analysis = whole;
      const documentLang: Lang = arabic >= latin ? 'ar' : 'en';
      const findings: Finding[] = [];
      const seen = new Set<string>();
      for (const reported of drafts) {
        const draft = { ...reported, range: lineSafe(analysis.text, reported.range), fix: reported.fix?.range ? { ...reported.fix, range: lineSafe(analysis.text, reported.fix.range) } : reported.fix };
        const severity = severities.get(draft.ruleId);
        if (!severity || severity === 'off') continue;
        if (isSuppressed(analysis, draft.ruleId, draft.range.start)) continue;
        const key = `${draft.ruleId}:${draft.range.start}:${draft.range.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const lang: Lang = options.messageLang && options.messageLang !== 'auto' ? options.messageLang : draft.lang;
        const rule = rules.find((r) => r.id === draft.ruleId)!;
        const fixRange = draft.fix?.range ?? draft.range;
        findings.push({
          ruleId: draft.ruleId,
          category: rule.category,
          severity,
          message: draft.message[lang],
          lang,
          range: draft.range,
          actual: draft.actual,
          expected: draft.expected,
          fixes: draft.fix
            ? [
                {
                  title: draft.fix.title?.[lang] ?? replaceWith({ text: draft.fix.text })[lang],
                  edits: [{ range: fixRange, text: draft.fix.text }],
                },
              ]
            : [],
          factId: draft.factId,
          evidence: draft.evidence,
        });
      }
      findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
      return { findings, lang: documentLang, internalErrors };
    },
  };
}

/**
 * The directives of an analysis, sorted, with their lines, and a line lookup: built once per check.
 * (Counting lines from the start of the text for every finding and every directive took
 * O(findings × directives × length) time, minutes on a long draft with many directives; and lines
 * now end at \r as well as \n, as LSP and the CLI count them. Found by tests/robustness.)
 */
const suppressionIndexes = new WeakMap<Analysis, { lineOf: (offset: number) => number; directives: { directive: Analysis['directives'][number]; line: number }[] }>();

function suppressionIndex(analysis: Analysis) {
  let index = suppressionIndexes.get(analysis);
  if (!index) {
    const lines = lineIndex(analysis.text);
    const lineOf = (offset: number) => lines.position(offset).line;
    const directives = [...analysis.directives].sort((a, b) => a.offset - b.offset).map((directive) => ({ directive, line: lineOf(directive.offset) }));
    index = { lineOf, directives };
    suppressionIndexes.set(analysis, index);
  }
  return index;
}

/**
 * A range that does not end or start between the \r and the \n of a CRLF line break, where LSP
 * has no position: a quotation left open to the end of its line used to take the \r with it
 * (found by tests/robustness).
 */
function lineSafe(text: string, range: OffsetRange): OffsetRange {
  const splits = (offset: number) => offset > 0 && offset < text.length && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
  if (!splits(range.start) && !splits(range.end)) return range;
  const end = splits(range.end) ? range.end - 1 : range.end;
  const start = splits(range.start) ? Math.min(range.start + 1, Math.max(end, range.start + 1)) : range.start;
  return { start, end: Math.max(start, end) };
}

/** How many checked blocks a checker remembers. */
const BLOCK_CACHE_SIZE = 4096;

/** The blocks of a draft: the runs between hard line breaks of its prose mask, blank ones skipped. */
function maskBlocks(mask: string): (readonly [number, number])[] {
  const blocks: (readonly [number, number])[] = [];
  let start = 0;
  for (let i = 0; i <= mask.length; i++) {
    if (i === mask.length || mask.charCodeAt(i) === 10) {
      if (i > start && /\S/.test(mask.slice(start, i))) blocks.push([start, i]);
      start = i + 1;
    }
  }
  return blocks;
}

/** A block's finding moved to the block's place in the draft. */
function shiftDraft(draft: Draft, by: number): Draft {
  if (by === 0) return draft;
  const shift = (range: OffsetRange): OffsetRange => ({ start: range.start + by, end: range.end + by });
  return {
    ...draft,
    range: shift(draft.range),
    fix: draft.fix ? { ...draft.fix, range: draft.fix.range ? shift(draft.fix.range) : undefined } : undefined,
  };
}

/** Applies `isnad-disable-next-line`, `isnad-disable-line` and `isnad-disable`/`isnad-enable`. */
function isSuppressed(analysis: Analysis, ruleId: string, offset: number): boolean {
  if (analysis.directives.length === 0) return false;
  const { lineOf, directives } = suppressionIndex(analysis);
  const findingLine = lineOf(offset);
  let disabledByRange = false;
  for (const { directive, line: directiveLine } of directives) {
    const applies = directive.rules.length === 0 || directive.rules.includes(ruleId);
    if (!applies) continue;
    if (directive.kind === 'disable-next-line' && directiveLine + 1 === findingLine) return true;
    if (directive.kind === 'disable-line' && directiveLine === findingLine) return true;
    if (directive.offset < offset) {
      if (directive.kind === 'disable') disabledByRange = true;
      if (directive.kind === 'enable') disabledByRange = false;
    }
  }
  return disabledByRange;
}

/**
 * The draft's own date: the `date:` of its YAML front matter (YYYY-MM-DD), else a full date (day,
 * month, year) on one of its first lines, a dateline such as "القاهرة – السبت 24 فبراير 2024".
 */
function frontMatterDate(source: string): { year: number; month: number; day: number } | undefined {
  let body = source;
  if (source.startsWith('---')) {
    const end = source.indexOf('\n---', 3);
    const header = source.slice(0, end < 0 ? Math.min(source.length, 2000) : Math.min(end, 2000));
    const match = /^date:\s*["']?(\d{4})-(\d{2})-(\d{2})/m.exec(header);
    if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    body = end < 0 ? '' : source.slice(end + 4);
  }
  const lines = body.slice(0, 1000).split('\n').filter((line) => line.trim().length > 0).slice(0, 3);
  for (const line of lines) {
    for (const date of dates(analyse(line, 'plaintext'))) {
      if (date.day && date.month && date.year) return { year: date.year.value, month: date.month.value, day: date.day.value };
    }
  }
  return undefined;
}

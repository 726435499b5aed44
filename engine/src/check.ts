/**
 * The checker: analyses a draft once, runs every enabled rule over it, applies inline
 * suppressions and severities, and returns findings sorted by position.
 */
import { analyse, type Analysis } from './analysis';
import { BlockMemory, detach, type DocumentDate, type NearDraft } from './blocks';
import { dates, standsAsDateline } from './extract/dates';
import { KnowledgeIndex } from './knowledge';
import { rules } from './rules/registry';
import { lineIndex } from './text/lineIndex';
import type { Draft } from './findingBuilder';
import type { Rule } from './rules/rule';
import { buildScopeIndex, type ScopeIndex } from './scope/profile';
import { mergeAnchors, scoreStories, type AnchorHits } from './scope/detect';
import { frontMatterStories } from './scope/frontMatter';
import { tieStories, type StoryTie } from './scope/tie';
import type { CheckOptions, Finding, Lang, OffsetRange, SeveritySetting } from './types';
import type { FactBaseData } from './factBase/schema';
import { replaceWith } from './messages';
import { emptyListOfObjects, mapList } from './emptyList';

/** What {@link Checker.check} returns. */
export interface CheckResult {
  findings: Finding[];
  /** The dominant language of the draft. */
  lang: Lang;
  /** Rules that failed on this draft (a bug, reported rather than thrown). */
  internalErrors: { ruleId: string; message: string }[];
  /** The stories (fact bases) the draft was checked against, and why. */
  story: StoryTie;
}

/** A checker bound to a set of fact bases. */
export interface Checker {
  readonly factBases: readonly FactBaseData[];
  /** The facts of every loaded fact base, indexed together (for fact views). */
  readonly knowledge: KnowledgeIndex;
  /** Checks a draft against the fact bases of its stories. Never throws. */
  check(text: string, options?: CheckOptions): CheckResult;
  /** Analyses a draft without checking it (for hover). */
  analyse(text: string, options?: CheckOptions): Analysis;
  /** The stories a draft is about (as {@link check} ties them), without checking it. */
  storyOf(text: string, options?: CheckOptions): StoryTie;
  /** The facts of some of the fact bases (by id), indexed together; used for a draft's hovers. */
  knowledgeOf(ids: readonly string[]): KnowledgeIndex;
}

/**
 * Creates a checker over parsed fact bases (see {@link parseFactBase}).
 *
 * Each fact base speaks only about the drafts tied to its story (see `scope/tie.ts`), and each is
 * checked with its own index: two fact bases that overlap (one story loaded twice, two stories
 * sharing a person) can never hide each other's findings.
 *
 * @param factBases The fact bases to check against.
 * @param defaults Options every check starts from: `{ scope: 'all' }` makes every fact base speak
 *   about every draft unless a check says otherwise (rule tests on one-sentence drafts use it).
 */
export function createChecker(factBases: readonly FactBaseData[], defaults: Pick<CheckOptions, 'scope'> = {}): Checker {
  const parts: (KnowledgeIndex | undefined)[] = factBases.map(() => undefined);
  const part = (i: number) => (parts[i] ??= new KnowledgeIndex([factBases[i]!]));
  const merged = new Map<string, KnowledgeIndex>();
  const knowledgeOf = (ids: readonly string[]): KnowledgeIndex => {
    const chosen = factBases.filter((factBase) => ids.includes(factBase.id));
    if (chosen.length === 1) return part(factBases.indexOf(chosen[0]!));
    const key = chosen.map((factBase) => factBase.id).join('\u0000');
    let index = merged.get(key);
    if (!index) {
      if (merged.size >= 16) merged.clear();
      index = new KnowledgeIndex(chosen);
      merged.set(key, index);
    }
    return index;
  };
  let all: KnowledgeIndex | undefined;
  let scope: ScopeIndex | undefined;
  const scopeIndex = () => (scope ??= buildScopeIndex(factBases));
  const memory = new BlockMemory(scopeIndex, factBases.length);

  /**
   * Masks a draft and reads its blocks, starting from the remembered draft closest to it (the
   * previous version of a draft being edited), and remembers it. Throws only when masking fails.
   */
  const readDraft = (source: string, format: 'markdown' | 'plaintext', options: CheckOptions, internalErrors: CheckResult['internalErrors']) => {
    const { enabled, key: rulesKey, severities } = enabledRules(options);
    if (options.wholeDocument) {
      const date = frontMatterDate(source).value;
      const enabledKey = rulesKey + dateKey(date);
      return { ...memory.readWhole(source, format, enabledKey, internalErrors), enabled, severities, documentDate: date };
    }
    const near: NearDraft | undefined = memory.nearest(source, format);
    // Relative days count from the draft's own date when it has one, so the date is part of the key.
    const date = near && near.prefix >= near.draft.date.extent ? near.draft.date : frontMatterDate(source);
    const enabledKey = rulesKey + dateKey(date.value);
    const { mask, blocks, masked } = memory.read(source, format, enabledKey, internalErrors, near);
    memory.remember(masked, enabledKey, blocks, date);
    return { mask, blocks, enabled, severities, documentDate: date.value };
  };

  const tie = (source: string, anchors: AnchorHits, options: CheckOptions): StoryTie =>
    tieStories({
      ids: factBases.map((factBase) => factBase.id),
      frontMatter: frontMatterStories(source),
      byPath: options.stories,
      scores: scoreStories(anchors, scopeIndex()),
      scope: options.scope ?? defaults.scope ?? 'story',
    });

  return {
    factBases,
    get knowledge() {
      return (all ??= new KnowledgeIndex(factBases));
    },
    knowledgeOf,
    analyse: (text, options) => analyse(String(text ?? ''), options?.format ?? 'markdown'),
    storyOf(text, options = {}) {
      const source = String(text ?? '');
      try {
        const anchors: AnchorHits = new Map();
        for (const block of readDraft(source, options.format ?? 'markdown', options, []).blocks) mergeAnchors(anchors, block.entry.anchors);
        return tie(source, anchors, options);
      } catch {
        return tieStories({ ids: [], frontMatter: undefined, byPath: undefined, scores: [], scope: 'story' });
      }
    },
    check(text, options = {}) {
      const internalErrors: CheckResult['internalErrors'] = [];
      const source = String(text ?? '');
      const format = options.format ?? 'markdown';
      let read: ReturnType<typeof readDraft>;
      try {
        read = readDraft(source, format, options, internalErrors);
      } catch (error) {
        const story = tieStories({ ids: [], frontMatter: undefined, byPath: undefined, scores: [], scope: 'story' });
        return { findings: [], lang: 'en', internalErrors: [{ ruleId: 'analysis', message: String((error as Error)?.stack ?? error) }], story };
      }
      const { mask, blocks, enabled, severities, documentDate } = read;
      const anchors: AnchorHits = new Map();
      let arabic = 0;
      let latin = 0;
      for (const block of blocks) {
        mergeAnchors(anchors, block.entry.anchors);
        arabic += block.entry.arabic;
        latin += block.entry.latin;
      }
      const story = tie(source, anchors, options);
      const tied = factBases.flatMap((factBase, i) => (story.factBases.includes(factBase.id) ? [i] : []));
      const perBase: Draft[][] = mapList(tied, () => emptyListOfObjects<Draft>());
      for (const block of blocks) {
        // The analysis of a block met before is made again only for a fact base it was not checked against.
        let analysis = block.analysis;
        tied.forEach((base, t) => {
          let found = block.entry.perBase[base];
          if (!found) {
            analysis ??= analyse(detach(source.slice(block.start, block.end)), format, { text: detach(mask.text.slice(block.start, block.end)), directives: [] });
            found = runRules(enabled, analysis, part(base), internalErrors, documentDate);
            block.entry.perBase[base] = found;
          }
          for (const draft of found) perBase[t]!.push(shiftDraft(draft, block.start));
        });
      }
      const analysis = { text: source, directives: mask.directives } as unknown as Analysis;
      const findings = toFindings(mergeBases(perBase), analysis, severities, options);
      return { findings, lang: arabic >= latin ? 'ar' : 'en', internalErrors, story };
    },
  };
}

/** The rules a check runs, their severities, and a key that names the set. */
function enabledRules(options: CheckOptions) {
  const severities = new Map<string, SeveritySetting>();
  for (const rule of rules) severities.set(rule.id, options.rules?.[rule.id] ?? rule.defaultSeverity);
  const enabled = rules.filter((rule) => severities.get(rule.id) !== 'off');
  return { enabled, severities, key: enabled.map((rule) => rule.id).join(',') };
}

/** Runs rules over an analysed block against one index; a failing rule is reported, not thrown. */
function runRules(
  enabled: readonly Rule[],
  analysis: Analysis,
  knowledge: KnowledgeIndex,
  internalErrors: CheckResult['internalErrors'],
  documentDate: DocumentDate | undefined,
): Draft[] {
  const found: Draft[] = emptyListOfObjects();
  for (const rule of enabled) {
    try {
      rule.check({ analysis, knowledge, report: (draft) => found.push({ ...draft, ruleId: rule.id }), documentDate });
    } catch (error) {
      internalErrors.push({ ruleId: rule.id, message: String((error as Error)?.stack ?? error) });
    }
  }
  return found;
}

/**
 * The findings of several fact bases on one draft, together: a finding any of them reports is
 * kept (the first base's wording when two report the same range), except a note on an unverified
 * claim, which stands only when no tied fact base can judge the claim, that is when every one of
 * them notes it.
 */
function mergeBases(perBase: readonly Draft[][]): Draft[] {
  if (perBase.length === 1) return perBase[0]!;
  const notedBy = new Map<string, number>();
  for (const drafts of perBase) {
    const seen = new Set<string>();
    for (const draft of drafts) {
      if (draft.ruleId !== UNVERIFIED) continue;
      const key = `${draft.range.start}:${draft.range.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      notedBy.set(key, (notedBy.get(key) ?? 0) + 1);
    }
  }
  return perBase.flat().filter((draft) => draft.ruleId !== UNVERIFIED || notedBy.get(`${draft.range.start}:${draft.range.end}`) === perBase.length);
}

const UNVERIFIED = 'unverified-claim';

/** Turns the rules' reports into findings: severities, suppressions, duplicates, message language. */
function toFindings(drafts: readonly Draft[], analysis: Analysis, severities: Map<string, SeveritySetting>, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const reported of drafts) {
    const draft = { ...reported, range: lineSafe(analysis.text, reported.range), fix: reported.fix?.range ? { ...reported.fix, range: lineSafe(analysis.text, reported.fix.range) } : reported.fix };
    const configured = severities.get(draft.ruleId);
    if (!configured || configured === 'off') continue;
    // A finding that rests on an unsure fact speaks at information level at most.
    const severity = draft.advisory && (configured === 'error' || configured === 'warning') ? 'info' : configured;
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
  return findings;
}

/**
 * The directives of an analysis, sorted, with their lines, and a line lookup: built once per check.
 * (Counting lines from the start of the text for every finding and every directive took
 * O(findings × directives × length) time, minutes on a long draft with many directives; and lines
 * now end at \r as well as \n, as LSP and the CLI count them. Found by tests/robustness.)
 */
/** What suppression reads of a draft: its text and its inline directives. */
type Suppressible = Pick<Analysis, 'text' | 'directives'>;

const suppressionIndexes = new WeakMap<Suppressible, { lineOf: (offset: number) => number; directives: { directive: Analysis['directives'][number]; line: number }[] }>();

function suppressionIndex(analysis: Suppressible) {
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
function isSuppressed(analysis: Suppressible, ruleId: string, offset: number): boolean {
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

/** The part of the block-cache key that names a draft's own date. */
function dateKey(date: DocumentDate | undefined): string {
  return date ? `@${date.year}-${date.month}-${date.day}` : '';
}

/**
 * The draft's own date: the `date:` of its YAML front matter (YYYY-MM-DD), else a full date (day,
 * month, year) on one of its first lines, a dateline such as "القاهرة – السبت 24 فبراير 2024".
 * `extent` is how many of the draft's first characters the answer depends on (a later version of
 * the draft that keeps them has the same date).
 */
function frontMatterDate(source: string): { value: DocumentDate | undefined; extent: number } {
  let body = source;
  let extent = 1000;
  if (source.startsWith('---')) {
    const end = source.indexOf('\n---', 3);
    // Without a closing line, any later text may add one.
    extent = end < 0 ? Infinity : end + 4;
    const header = source.slice(0, end < 0 ? Math.min(source.length, 2000) : Math.min(end, 2000));
    const match = /^date:\s*["']?(\d{4})-(\d{2})-(\d{2})/m.exec(header);
    if (match) return { value: { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }, extent };
    body = end < 0 ? '' : source.slice(end + 4);
    extent += 1000;
  }
  const lines = body.slice(0, 1000).split('\n').filter((line) => line.trim().length > 0).slice(0, 3);
  for (const line of lines) {
    const value = lineDate(line);
    if (value) return { value, extent };
  }
  return { value: undefined, extent };
}

/**
 * The first full date (day, month, year) written on a line as its dateline, remembered by the
 * line's text. A full date inside a lead sentence is the date of what it tells, not the draft's.
 */
function lineDate(line: string): DocumentDate | undefined {
  // A full date has a day in digits and a year of four: a line with fewer than five digits is not analysed.
  if (digitCount(line) < 5) return undefined;
  const known = lineDates.get(line);
  if (known !== undefined) return known ?? undefined;
  let found: DocumentDate | null = null;
  const analysis = analyse(line, 'plaintext');
  for (const date of dates(analysis)) {
    // A range (from 3 to 5 May 2025) is not a draft's own date.
    if (date.day && date.month && date.year && !date.to && standsAsDateline(analysis, date)) {
      found = { year: date.year.value, month: date.month.value, day: date.day.value };
      break;
    }
  }
  if (lineDates.size >= 1024) lineDates.clear();
  lineDates.set(detach(line), found);
  return found ?? undefined;
}

/** Lines of drafts' openings and their dates (null: none), bounded: drafts of one story share their first paragraphs. */
const lineDates = new Map<string, DocumentDate | null>();

/** How many digits a line has, in any of the scripts whose digits folding makes ASCII digits. */
function digitCount(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9) || (code >= 0xff10 && code <= 0xff19)) count++;
  }
  return count;
}

/**
 * Checks one draft: reads it, runs the engine, optionally applies and writes fixes, and locates
 * every finding. The same function runs in the main thread and in worker threads.
 */
import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { applyFixes, attachArticle, createChecker, type Checker, type FactBaseData, type Finding, type Lang, type SeveritySetting } from '../../engine/src/index';
import { encodeText, readTextFile, writeFileAtomic, type TextEncodingKind } from '../../host/src/files';
import { locator, type Locator } from './positions';
import type { FileReport, LocatedFinding } from './report';

/** A fact base as the CLI hands it to a checker (and to workers): plain data. */
export interface FactBaseInput {
  /** The fact-base file, absolute. */
  path: string;
  factBase: FactBaseData;
  /** The article's text, when it was read. */
  article?: string;
}

/** How drafts are checked. */
export interface CheckSettings {
  /** Severity overrides by rule id. */
  rules: Record<string, SeveritySetting>;
  messageLang: Lang | 'auto';
  /** Whether fixes are applied and written. */
  fix: boolean;
  /** The largest draft read, in bytes. */
  maxBytes: number;
}

/** One draft to check. */
export interface FileTask {
  /** Absolute path (or, for standard input, the name to report). */
  path: string;
  format: 'markdown' | 'plaintext';
  /** The text, when it does not come from the file (standard input). */
  text?: string;
  /** The fact bases (by id) the draft's path ties it to (configuration and `scope.drafts` globs). */
  stories?: string[];
}

/** How many times fixes are applied to one draft before giving up on reaching a fixed point. */
export const MAX_FIX_PASSES = 10;

/** A checker plus what is needed to locate evidence in the articles. */
export interface CheckContext {
  checker: Checker;
  /** Locates an evidence range: its article file and a locator over the article. */
  article(factBaseId: string, sourceFile: string): { file: string; locate?: Locator } | undefined;
}

/** Builds a {@link CheckContext} over loaded fact bases. */
export function createContext(factBases: readonly FactBaseInput[]): CheckContext {
  // A worker gets the fact bases as copies: tie each copy to its article again.
  for (const input of factBases) if (input.article !== undefined) attachArticle(input.factBase, input.article);
  const checker = createChecker(factBases.map((input) => input.factBase));
  const byId = new Map<string, FactBaseInput>();
  for (const input of factBases) if (!byId.has(input.factBase.id)) byId.set(input.factBase.id, input);
  const cache = new Map<string, { file: string; locate?: Locator }>();
  return {
    checker,
    article(factBaseId, sourceFile) {
      const key = `${factBaseId}\u0000${sourceFile}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const input = byId.get(factBaseId);
      if (!input) return undefined;
      const file = isAbsolute(sourceFile) ? sourceFile : join(dirname(input.path), sourceFile);
      const own = resolve(isAbsolute(input.factBase.source.file) ? input.factBase.source.file : join(dirname(input.path), input.factBase.source.file));
      const located = { file, locate: input.article !== undefined && resolve(file) === own ? locator(input.article) : undefined };
      cache.set(key, located);
      return located;
    },
  };
}

/** Locates the engine's findings in a draft. */
export function locateFindings(findings: readonly Finding[], text: string, context: CheckContext): LocatedFinding[] {
  const draft = locator(text);
  return findings.map((finding) => ({
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    message: finding.message,
    lang: finding.lang,
    span: draft.span(finding.range.start, finding.range.end),
    actual: finding.actual,
    ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
    ...(finding.factId !== undefined ? { factId: finding.factId } : {}),
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((edit) => ({ span: draft.span(edit.range.start, edit.range.end), text: edit.text })),
    })),
    evidence: finding.evidence.map((evidence) => {
      const article = context.article(evidence.factBaseId, evidence.sourceFile);
      return {
        factBaseId: evidence.factBaseId,
        ...(article ? { file: article.file } : {}),
        ...(article?.locate ? { span: article.locate.span(evidence.start, evidence.end) } : {}),
        text: evidence.text,
      };
    }),
  }));
}

/**
 * Checks one draft. Never throws: unreadable drafts come back with `skipped`, failed writes with
 * `fixError`, rule failures in `internalErrors`.
 */
export function processFile(task: FileTask, settings: CheckSettings, context: CheckContext): FileReport {
  const base: FileReport = { path: task.path, findings: [], internalErrors: [], ...(task.text !== undefined ? { stdin: true } : {}) };
  let text: string;
  let encoding: TextEncodingKind = 'utf8';
  let read: { size: number; mtimeMs: number } | undefined;
  if (task.text !== undefined) {
    text = task.text;
  } else {
    const result = readTextFile(task.path, { maxBytes: settings.maxBytes });
    if (!result.ok) return { ...base, skipped: result.reason, ...(result.kind === 'encoding' ? { failed: true as const } : {}) };
    text = result.text;
    encoding = result.encoding;
    read = { size: result.size, mtimeMs: result.mtimeMs };
  }
  const options = { format: task.format, rules: settings.rules, messageLang: settings.messageLang, stories: task.stories };
  let result = context.checker.check(text, options);
  const story = result.story;
  const internalErrors = [...result.internalErrors];
  if (!settings.fix || task.text !== undefined || !read) {
    return { ...base, findings: locateFindings(result.findings, text, context), internalErrors, story };
  }
  let fixedText = text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const applied = applyFixes(fixedText, result.findings);
    if (applied.applied === 0 || applied.text === fixedText) break;
    fixed += applied.applied;
    fixedText = applied.text;
    result = context.checker.check(fixedText, options);
    internalErrors.push(...result.internalErrors);
  }
  if (fixedText === text) return { ...base, findings: locateFindings(result.findings, text, context), internalErrors, fixed: 0, story };
  // Write only if the file is still the one that was read; otherwise report the original findings.
  let fixError: string | undefined;
  try {
    const now = statSync(task.path);
    if (now.size !== read.size || now.mtimeMs !== read.mtimeMs) fixError = 'the file changed on disk while it was checked; no fix was written';
    else writeFileAtomic(task.path, encodeText(fixedText, encoding));
  } catch (error) {
    fixError = `cannot write the fixes: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  }
  if (fixError !== undefined) {
    const original = context.checker.check(text, options);
    return { ...base, findings: locateFindings(original.findings, text, context), internalErrors, fixed: 0, fixError, story };
  }
  return { ...base, findings: locateFindings(result.findings, fixedText, context), internalErrors: dedupe(internalErrors), fixed, story };
}

function dedupe(errors: FileReport['internalErrors']): FileReport['internalErrors'] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.ruleId}\u0000${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Helpers of the CLI tests: running the built CLI, temporary folders, and a small fact base of the
 * tests' own (its evidence offsets are computed from its article, so they are always right).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rules } from '../../engine/src/index';
import type { FileReport, LocatedFinding } from '../../cli/src/report';
import type { Span } from '../../cli/src/positions';
import { locator } from '../../cli/src/positions';

/** The repository's root. */
export const repoRoot = resolve(__dirname, '..', '..');

/** The built CLI. */
export const cliPath = join(repoRoot, 'dist', 'cli.js');

/** What {@link runCli} returns. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js …` and waits for it. Colour is off unless `env` turns it on. */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    env: env,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Makes a temporary folder; `cleanup` removes it. */
export function tempDir(prefix = 'isnad-cli-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes files (path → text or bytes) under `dir`, creating folders. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, content);
  }
}

/** The article of the tests' own fact base. */
export const MINI_ARTICLE = [
  'Iraqi Defence Minister Thabet al-Abbasi leads the delegation in Washington.',
  'Four Iraqi sources said the withdrawal would begin in September.',
  'يرأس وزير الدفاع ثابت العباسي الوفد العراقي في واشنطن.',
  '',
].join('\n');

/** Writes the tests' own fact base (`mini.factbase.json`) and its article into `dir`; returns its path. */
export function writeMiniFactBase(dir: string, name = 'mini.factbase.json', id = 'mini'): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'mini-article.txt'), MINI_ARTICLE);
  const cite = (text: string) => {
    const start = MINI_ARTICLE.indexOf(text);
    if (start < 0) throw new Error(`not in the article: ${text}`);
    return [{ start, end: start + text.length, text }];
  };
  const factBase = {
    id,
    title: 'Mini fact base of the CLI tests',
    source: { file: 'mini-article.txt', lang: 'en' },
    people: [
      {
        id: 'abbasi',
        names: { ar: ['ثابت العباسي'], en: ['Thabet al-Abbasi'] },
        short: { ar: ['العباسي'], en: ['al-Abbasi'] },
        gender: 'm',
        evidence: [...cite('Thabet al-Abbasi'), ...cite('ثابت العباسي')],
      },
    ],
    posts: [
      {
        id: 'abbasi-defence',
        holder: 'abbasi',
        role: 'minister',
        title: { ar: ['وزير الدفاع'], en: ['Defence Minister'] },
        country: 'IQ',
        evidence: cite('Defence Minister Thabet al-Abbasi'),
      },
    ],
    places: [{ id: 'washington', names: { ar: ['واشنطن'], en: ['Washington'] }, kind: 'city', evidence: cite('Washington') }],
    quantities: [
      { id: 'sources', value: 4, unit: 'count', noun: { ar: ['مصادر'], en: ['sources'] }, qualifier: { ar: ['عراقية'], en: ['Iraqi'] }, evidence: cite('Four Iraqi sources') },
    ],
  };
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(factBase, null, 2) + '\n');
  return path;
}

/** Whether the engine registers a rule (the rules land separately from the CLI). */
export function hasRule(id: string): boolean {
  return rules.some((rule) => rule.id === id);
}

/** A span over `text` from `start` to `end`. */
export function spanOf(text: string, start: number, end: number): Span {
  return locator(text).span(start, end);
}

/** A synthetic finding for formatter tests. */
export function finding(text: string, needle: string, overrides: Partial<LocatedFinding> = {}): LocatedFinding {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`not in the text: ${needle}`);
  return {
    ruleId: 'name-spelling',
    category: 'name',
    severity: 'error',
    message: `"${needle}" is misspelt`,
    lang: 'en',
    span: spanOf(text, start, start + needle.length),
    actual: needle,
    fixes: [],
    evidence: [],
    ...overrides,
  };
}

/** A synthetic report. */
export function report(path: string, findings: LocatedFinding[], extra: Partial<FileReport> = {}): FileReport {
  return { path, findings, internalErrors: [], ...extra };
}

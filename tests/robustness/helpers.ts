/**
 * Shared set-up for the robustness tests (issue 6): run sizes, the fact-base and draft material
 * that makes rules fire, fast-check arbitraries of hostile text, range invariants, and a way to run
 * code that might hang (a regression into catastrophic backtracking) in a worker with a deadline.
 *
 * Sizes: every test runs a reduced but meaningful size by default so that `npm test` stays fast;
 * `ISNAD_FULL=1` runs the sizes the issue names (10,000 server edits, 100,000 files, more
 * property runs). Every random test is seeded: set `ISNAD_SEED=<n>` to replay a failure, which
 * fast-check prints together with the counterexample.
 */
import { chmodSync, cpSync, mkdirSync, readFileSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fc from 'fast-check';
import { buildSync } from 'esbuild';
import type { Finding, OffsetRange } from '../../engine/src/index';
import { bundled, repoRoot } from '../engine/helpers';

export { bundled, repoRoot };

/** Whether the full sizes of the issue are wanted (`ISNAD_FULL=1`). */
export const FULL = process.env.ISNAD_FULL === '1' || process.env.ISNAD_FULL === 'true';

/** The seed of every random test; fixed by default, so that a run is reproducible. */
export const SEED = process.env.ISNAD_SEED !== undefined ? Number(process.env.ISNAD_SEED) : 20_251_129;

/** `reduced` by default, `full` with ISNAD_FULL=1. */
export const size = (reduced: number, full: number): number => (FULL ? full : reduced);

/** fast-check parameters: seeded, `runs` (or `fullRuns` with ISNAD_FULL=1). */
export const fcParams = (runs: number, fullRuns = runs * 10): fc.Parameters<unknown> => ({ seed: SEED, numRuns: size(runs, fullRuns) });

export const articlePath = join(repoRoot, 'knowledge', 'article.ar.txt');
export const bundledFactBasePath = join(repoRoot, 'knowledge', 'iraq-coalition-talks.factbase.json');
export const article = readFileSync(articlePath, 'utf8');
export const cliPath = join(repoRoot, 'dist', 'cli.js');
export const serverPath = join(repoRoot, 'dist', 'server.js');

// ---- Material that makes rules fire ---------------------------------------------------------------

/** The article's sentences (they check clean, but every name, title, date and quote is in them). */
export const articleSentences: string[] = article
  .split(/(?<=[.!؟?])\s+|\n+/)
  .map((sentence) => sentence.trim())
  .filter((sentence) => sentence.length > 0);

/** The drafts of the rule fixtures: sentences that each rule must flag, and ones it must not. */
export const fixtureDrafts: string[] = (() => {
  const dir = join(repoRoot, 'tests', 'engine', 'fixtures', 'rules');
  const drafts: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const fixture = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { invalid: { text: string }[]; valid: string[] };
    drafts.push(...fixture.invalid.map((example) => example.text), ...fixture.valid);
  }
  return drafts;
})();

/** Every name, title, trigger and quote of the bundled fact base, in both languages. */
export const knownNames: string[] = (() => {
  const factBase = bundled().factBase;
  const names = new Set<string>();
  const add = (list: readonly string[] | undefined) => list?.forEach((name) => names.add(name));
  for (const person of factBase.people) {
    add(person.names.ar);
    add(person.names.en);
    add(person.short?.ar);
    add(person.short?.en);
  }
  for (const list of [factBase.organisations, factBase.places, factBase.groups] as { names: { ar: string[]; en: string[] } }[][]) {
    for (const item of list) {
      add(item.names.ar);
      add(item.names.en);
    }
  }
  for (const post of factBase.posts) {
    add(post.title.ar);
    add(post.title.en);
  }
  for (const quote of factBase.quotes) names.add(`«${quote.text}»`);
  return [...names].sort();
})();

/** Misspellings and wrong facts that the rules are known to flag. */
export const knownMistakes = ['ثامر العباسي', 'Mathew Millar', 'قيس الخزاعي', 'Talib al-Yassiri', 'إلينا رومانوفسكي', 'وزير الخارجية ثابت العباسي', 'في آب/ أغسطس 2025', '2,000 جندي', 'في عام 2004'];

// ---- Hostile characters ------------------------------------------------------------------------------

/** Characters that writers' text brings in from Word, web pages, PDFs and messaging apps. */
export const HOSTILE = {
  loneSurrogates: ['\ud800', '\udbff', '\udc00', '\udfff'],
  astral: ['😀', '𝐀', '\u{1F1EE}\u{1F1F6}', '\u{E0041}', '𠀀'],
  bidi: ['\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'],
  zeroWidth: ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'],
  combining: ['\u0300', '\u0301', '\u0327', '\u20dd', '\ufe0f', '\u034f'],
  tashkeel: ['\u064b', '\u064c', '\u064d', '\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u0670', '\u0653', '\u0654', '\u06e1'],
  tatweel: ['\u0640'],
  presentation: ['\ufd3e', '\ufd3f', '\ufdfd', '\ufdd0', '\ufdf2', '\ufdfa', '\ufdfb', '\ufefb', '\ufe8d', '\ufe91', '\ufb50', '\ufef5', '\uff21', '\ufb01', '\u2026'],
  lineBreaks: ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\f', '\v'],
  nul: ['\u0000', '\u0001', '\u001b', '\u007f'],
  digits: ['٠', '١', '٢', '٥', '٩', '۴', '۵', '0', '9', '٫', '٬', '%', '٪'],
  punctuation: ['«', '»', '"', '“', '”', '‘', '’', '،', '؛', '؟', '.', ',', '…', '(', ')', '[', ']', '-', '–', '—', '/'],
  markdown: ['*', '_', '`', '```', '~~~', '#', '> ', '- ', '1. ', '|', '---', '<!--', '-->', '<!-- isnad-disable-line -->', '<!-- isnad-disable -->', '[x](y)', '<b>', 'http://x.y/z', '\\', '    '],
  spaces: [' ', '\t', '\u00a0', '\u2003', '\u3000', '\u202f'],
} as const;

const hostileChar = fc.constantFrom(...Object.values(HOSTILE).flat());

/** A run of one hostile character (tatweel runs, tashkeel runs, long spaces, many backticks). */
const hostileRun = fc.tuple(hostileChar, fc.integer({ min: 2, max: 64 })).map(([char, n]) => char.repeat(n));

/** A piece of a hostile draft. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...articleSentences) },
  { weight: 4, arbitrary: fc.constantFrom(...fixtureDrafts) },
  { weight: 3, arbitrary: fc.constantFrom(...knownNames, ...knownMistakes) },
  { weight: 4, arbitrary: hostileChar },
  { weight: 1, arbitrary: hostileRun },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'ابتثجحخدذرسشصضطظعغفقكلمنهوي ةىءأإآؤئ'), maxLength: 20 }) },
);

/** A hostile draft: fragments joined, sometimes with a hostile character inside a name or sentence. */
export const hostileText: fc.Arbitrary<string> = fc
  .tuple(fc.array(fragment, { maxLength: 16 }), fc.array(fc.tuple(fc.nat(), hostileChar), { maxLength: 4 }))
  .map(([parts, inserts]) => {
    let text = parts.join('');
    for (const [at, char] of inserts) {
      const position = text.length === 0 ? 0 : at % (text.length + 1);
      text = text.slice(0, position) + char + text.slice(position);
    }
    return text;
  });

/** A text that always contains findings: a known mistake somewhere among hostile fragments. */
export const textWithFindings: fc.Arbitrary<string> = fc
  .tuple(fc.array(fragment, { maxLength: 6 }), fc.constantFrom(...fixtureDrafts.slice(0, 40), ...knownMistakes.map((m) => `وقال ${m} إن المفاوضات مستمرة.`)), fc.array(fragment, { maxLength: 6 }))
  .map(([before, middle, after]) => `${before.join('')}\n\n${middle}\n\n${after.join('')}`);

/** What separates the pieces of a draft that a writer could have written (or pasted intact). */
const separator = fc.constantFrom(' ', '\n', '\n\n', '\r\n', '. ', ' ، ', ' \u200f', '\u200b ', '\u00a0', ' - ', '\t');

/**
 * Like {@link textWithFindings}, but the pieces are separated by spaces, punctuation or line
 * breaks, as in a draft, rather than glued into words that mix scripts or run sentences together.
 */
export const draftWithFindings: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(fragment, separator), { maxLength: 6 }),
    fc.constantFrom(...fixtureDrafts.slice(0, 40), ...knownMistakes.map((m) => `وقال ${m} إن المفاوضات مستمرة.`)),
    fc.array(fc.tuple(separator, fragment), { maxLength: 6 }),
  )
  .map(([before, middle, after]) => `${before.map(([piece, sep]) => piece + sep).join('')}\n\n${middle}\n\n${after.map(([sep, piece]) => sep + piece).join('')}`);

// ---- Range invariants -----------------------------------------------------------------------------------

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether `offset` falls between the two halves of a surrogate pair of `text`. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Whether `offset` falls between the \r and the \n of a CRLF line break of `text`. */
export function splitsCrlf(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
}

/** Describes what is wrong with a range of `text`, or returns undefined when it is fine. */
export function rangeProblem(text: string, range: OffsetRange | undefined, what: string): string | undefined {
  if (!range) return `${what}: no range`;
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `${what}: offsets ${start}-${end} are not integers`;
  if (start < 0 || end < start || end > text.length) return `${what}: ${start}-${end} lies outside the text (${text.length})`;
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return `${what}: ${start}-${end} splits a surrogate pair`;
  // LSP has no position between the \r and the \n of a line break.
  if (splitsCrlf(text, start) || splitsCrlf(text, end)) return `${what}: ${start}-${end} splits a \\r\\n line break`;
  return undefined;
}

/** Every range problem of a check result: findings, fixes and evidence. */
export function findingProblems(text: string, findings: readonly Finding[]): string[] {
  const problems: string[] = [];
  for (const finding of findings) {
    const label = `${finding.ruleId} ${finding.range.start}-${finding.range.end}`;
    const problem = rangeProblem(text, finding.range, label);
    if (problem) problems.push(problem);
    if (finding.range.end === finding.range.start) problems.push(`${label}: empty range`);
    for (const fix of finding.fixes) for (const edit of fix.edits) {
      const editProblem = rangeProblem(text, edit.range, `${label} fix`);
      if (editProblem) problems.push(editProblem);
    }
    for (const evidence of finding.evidence) {
      const evidenceProblem = rangeProblem(article, evidence, `${label} evidence`);
      if (evidenceProblem && evidence.factBaseId === 'iraq-coalition-talks') problems.push(evidenceProblem);
      else if (evidence.factBaseId === 'iraq-coalition-talks' && article.slice(evidence.start, evidence.end) !== evidence.text) {
        problems.push(`${label}: evidence ${evidence.start}-${evidence.end} does not hold its text`);
      }
    }
    if (typeof finding.message !== 'string' || finding.message.length === 0) problems.push(`${label}: no message`);
  }
  return problems;
}

/** A finding's identity for comparisons: rule and range. */
export const findingKey = (finding: Finding, shift = 0) => `${finding.ruleId}@${finding.range.start + shift}-${finding.range.end + shift}`;

// ---- Running what might hang ----------------------------------------------------------------------------

/**
 * Runs `code` (a CommonJS module body that may `require` `./engine.cjs`, the engine bundled by
 * esbuild, and must post one message to `parentPort`) in a worker; a worker that has not answered
 * after `timeoutMs` is terminated and the promise rejects. A synchronous hang (catastrophic
 * backtracking) cannot be stopped by a timer in the same thread; this way it fails the test
 * instead of stalling `npm test`.
 */
export async function inWorker<T>(code: string, data: unknown, timeoutMs: number, bundles: Record<string, string> = {}): Promise<T> {
  const dir = engineBundleDir();
  for (const [name, entry] of Object.entries(bundles)) bundleInto(dir, name, entry);
  const file = join(dir, `job-${process.pid}-${Math.random().toString(36).slice(2)}.cjs`);
  writeFileSync(file, `const { parentPort, workerData } = require('node:worker_threads');\n${code}`);
  const worker = new Worker(file, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  try {
    return await new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`did not finish within ${timeoutMs} ms (catastrophic backtracking or a hang?)`)), timeoutMs);
      worker.once('message', (message: T) => {
        clearTimeout(timer);
        resolve(message);
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`worker exited with code ${code} before answering`));
      });
    });
  } finally {
    await worker.terminate();
    rmSync(file, { force: true });
  }
}

let bundleDir: string | undefined;
const bundled_ = new Set<string>();

/** Bundles `entry` (relative to the repository) into `dir/name` with esbuild, once. */
function bundleInto(dir: string, name: string, entry: string): void {
  if (bundled_.has(name)) return;
  buildSync({ entryPoints: [join(repoRoot, entry)], bundle: true, platform: 'node', format: 'cjs', outfile: join(dir, name), logLevel: 'silent', mainFields: ['module', 'main'] });
  bundled_.add(name);
}

/** A temporary folder holding `engine.cjs`: engine/src/index.ts bundled by esbuild (built once). */
export function engineBundleDir(): string {
  if (bundleDir) return bundleDir;
  const dir = mkdtempSync(join(tmpdir(), 'isnad-robustness-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  bundleInto(dir, 'engine.cjs', 'engine/src/index.ts');
  bundleDir = dir;
  return dir;
}

/** Runs the built CLI (`dist/cli.js`). */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; preload?: string; user?: { uid: number; gid: number }; cli?: string } = {}): SpawnSyncReturns<string> {
  const nodeArgs = options.preload ? ['--require', options.preload] : [];
  return spawnSync(process.execPath, [...nodeArgs, options.cli ?? cliPath, ...args], {
    ...(options.user ?? {}),
    cwd: options.cwd ?? repoRoot,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** A fresh temporary folder, removed when the process exits. */
export function tempDir(prefix = 'isnad-robustness-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.once('exit', () => {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Best effort (a chmod 000 file is restored by its test).
    }
  });
  return dir;
}

/** Whether this process runs as root (then permission bits do not stop reads). */
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Someone the permission tests can run the CLI as, and the CLI file that user can run. */
export interface OtherUser {
  user?: { uid: number; gid: number };
  /** The CLI to run (a copy the user can reach); the checkout's dist/cli.js when undefined. */
  cli?: string;
}

const NOBODY = { uid: 65534, gid: 65534 };
let nobodyCli: string | undefined;

/**
 * A copy of the built CLI (dist/cli.js and dist/worker.js), the bundled fact base and package.json
 * in a world-readable temporary folder. The user nobody cannot enter a checkout that lives under a
 * folder only its owner may enter (as `mktemp -d` makes), so it runs this copy instead.
 */
function cliCopyForOthers(): string {
  if (nobodyCli) return nobodyCli;
  const dir = tempDir('isnad-cli-for-nobody-');
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'dist'));
  for (const file of ['dist/cli.js', 'dist/worker.js', 'package.json']) cpSync(join(repoRoot, file), join(dir, file));
  cpSync(join(repoRoot, 'knowledge'), join(dir, 'knowledge'), { recursive: true });
  for (const sub of ['dist', 'knowledge', 'knowledge/lexicon']) chmodSync(join(dir, sub), 0o755);
  nobodyCli = join(dir, 'dist', 'cli.js');
  return nobodyCli;
}

/**
 * Who permission tests run the CLI as: this user, or, when the tests run as root (whom permission
 * bits do not stop), the unprivileged `nobody` (uid 65534), running a copy of the CLI it can reach.
 * When neither can be tested, the reason why.
 */
export function unprivileged(): OtherUser | { reason: string } {
  if (!isRoot) return {};
  const asNobody = (args: string[]) => spawnSync(process.execPath, args, { ...NOBODY, cwd: '/', encoding: 'utf8' });
  const probe = asNobody(['-e', 'process.exit(process.getuid() === 65534 ? 0 : 1)']);
  if (probe.status !== 0) {
    return { reason: `running as root, which permission bits do not stop, and the user nobody cannot run Node (${process.execPath}): ${probe.error?.message ?? probe.stderr.trim().split('\n')[0] ?? `exit ${probe.status}`}` };
  }
  const cli = cliCopyForOthers();
  const version = asNobody([cli, '--version']);
  if (version.status !== 0) {
    return { reason: `running as root, and the user nobody cannot run the CLI copied to ${cli} (is ${tmpdir()} under a folder others cannot enter?): ${version.stderr.trim().split('\n')[0]}` };
  }
  return { user: NOBODY, cli };
}

/** What {@link EngineWorker.check} returns: a summary of a check run in the worker. */
export interface WorkerCheck {
  findings: number;
  internalErrors: { ruleId: string; message: string }[];
  /** Range problems (see {@link findingProblems}), checked in the worker. */
  problems: string[];
}

/**
 * A worker holding a checker over the bundled fact base, for checks that might hang: each check
 * has its own deadline, after which the worker is terminated and the check fails.
 */
export class EngineWorker {
  #worker: Worker | undefined;
  #file: string;

  constructor() {
    const dir = engineBundleDir();
    this.#file = join(dir, `engine-worker-${process.pid}-${Math.random().toString(36).slice(2)}.cjs`);
    writeFileSync(
      this.#file,
      `const { parentPort, workerData } = require('node:worker_threads');
       const engine = require('./engine.cjs');
       const checker = engine.createChecker([engine.parseFactBase(workerData.factBaseText, 'bundled', workerData.articleText).factBase]);
       const high = (c) => c >= 0xd800 && c <= 0xdbff, low = (c) => c >= 0xdc00 && c <= 0xdfff;
       const splits = (text, at) => at > 0 && at < text.length && ((high(text.charCodeAt(at - 1)) && low(text.charCodeAt(at))) || (text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10));
       parentPort.on('message', ({ text, options }) => {
         const result = checker.check(text, options);
         const problems = [];
         for (const f of result.findings) {
           const ranges = [f.range, ...f.fixes.flatMap((fix) => fix.edits.map((edit) => edit.range))];
           for (const r of ranges) if (r.start < 0 || r.end < r.start || r.end > text.length || splits(text, r.start) || splits(text, r.end)) problems.push(f.ruleId + ' ' + r.start + '-' + r.end);
         }
         parentPort.postMessage({ findings: result.findings.length, internalErrors: result.internalErrors, problems });
       });`,
    );
    this.#worker = new Worker(this.#file, { workerData: { factBaseText: readFileSync(bundledFactBasePath, 'utf8'), articleText: article }, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
  }

  /** Checks `text` in the worker; rejects after `timeoutMs` (and the worker is then gone). */
  check(text: string, options: object, timeoutMs: number): Promise<WorkerCheck> {
    const worker = this.#worker;
    if (!worker) return Promise.reject(new Error('the engine worker was terminated by an earlier deadline'));
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (message: WorkerCheck) => {
        cleanup();
        resolve(message);
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const timer = setTimeout(() => {
        cleanup();
        void this.close();
        reject(new Error(`the check did not finish within ${timeoutMs} ms (catastrophic backtracking or a hang?)`));
      }, timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ text, options });
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker) await worker.terminate();
    rmSync(this.#file, { force: true });
  }
}

/**
 * Stops a language server started by a test harness, killing it if it does not exit within
 * `timeoutMs` (a blocked server must fail its test, not stall `npm test`).
 */
export async function stopOrKill(harness: { stop(): Promise<number | null>; process: { kill(signal?: NodeJS.Signals): boolean; exitCode: number | null } }, timeoutMs = 10_000): Promise<number | null | 'killed'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'killed'>((resolve) => {
    timer = setTimeout(() => resolve('killed'), timeoutMs);
  });
  const result = await Promise.race([harness.stop(), timeout]);
  clearTimeout(timer);
  if (result === 'killed') harness.process.kill('SIGKILL');
  return result;
}

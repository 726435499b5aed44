/**
 * The CLI as the reference: what `isnad check --format json` reports for a file (or for text on
 * standard input) is what the extension must show for the same draft.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { projectRoot, runNode, workspaceRoot, type Shape } from './helpers';

/** 1-based lines and UTF-16 columns (end exclusive), and offsets. */
interface Span { line: number; column: number; endLine: number; endColumn: number; start?: number; end?: number }
export interface CliFinding extends Span {
  ruleId: string;
  severity: string;
  message: string;
  /** Older reports nested the position here. */
  span?: Span;
  actual?: string;
  expected?: string;
  fixes?: { title: string; edits: unknown[] }[];
  evidence?: { text: string; file?: string }[];
}
export interface CliFile { file?: string; path?: string; findings: CliFinding[]; skipped?: string }

function cliPath(): string {
  const cli = path.join(projectRoot(), 'dist', 'cli.js');
  assert.ok(fs.existsSync(cli), `${cli} exists (npm run build)`);
  return cli;
}

/** The per-file reports of a JSON report, whatever its top-level shape (array, or {files|results}). */
function filesOf(report: unknown): CliFile[] {
  if (Array.isArray(report)) return report as CliFile[];
  const object = report as Record<string, unknown>;
  for (const key of ['files', 'results', 'reports']) if (Array.isArray(object?.[key])) return object[key] as CliFile[];
  throw new Error(`unrecognised isnad JSON report: ${JSON.stringify(report).slice(0, 500)}`);
}

function run(args: string[], input?: string): CliFile[] {
  const result = runNode([cliPath(), 'check', '--format', 'json', ...args], { cwd: workspaceRoot().fsPath, input });
  assert.ok(result.status === 0 || result.status === 1, `isnad check ${args.join(' ')} exited ${result.status}:\n${result.stderr}\n${result.stdout.slice(0, 2000)}`);
  try {
    return filesOf(JSON.parse(result.stdout));
  } catch (error) {
    throw new Error(`isnad check --format json printed no JSON report (${(error as Error).message}):\n${result.stdout.slice(0, 2000)}\n${result.stderr}`, {
      cause: error,
    });
  }
}

/** The CLI's findings for files of the workspace, by absolute path. */
export function cliCheckFiles(absolutePaths: string[], extraArgs: string[] = []): Map<string, CliFinding[]> {
  const byPath = new Map<string, CliFinding[]>();
  for (const file of run([...extraArgs, ...absolutePaths])) byPath.set(path.resolve(workspaceRoot().fsPath, file.file ?? file.path ?? ''), file.findings);
  return byPath;
}

export function cliCheckFile(absolutePath: string, extraArgs: string[] = []): CliFinding[] {
  const findings = cliCheckFiles([absolutePath], extraArgs).get(absolutePath);
  assert.ok(findings, `the CLI reported on ${absolutePath}`);
  return findings;
}

/** The CLI's findings for a text (as it would be for a file of that name). */
export function cliCheckText(text: string, filename: string, extraArgs: string[] = []): CliFinding[] {
  const files = run(['--stdin', '--stdin-filename', filename, ...extraArgs], text);
  assert.equal(files.length, 1, 'one report for standard input');
  return files[0]!.findings;
}

/** What `isnad check --fix` makes of a text: the corrected draft. */
export function cliFixedText(text: string, filename: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-fix-'));
  try {
    const file = path.join(dir, path.basename(filename));
    fs.writeFileSync(file, text);
    // --fix applies fixes; run it until nothing changes (a fix may make room for another).
    for (let i = 0; i < 5; i++) {
      const before = fs.readFileSync(file, 'utf8');
      const result = runNode([cliPath(), 'check', '--fix', '--format', 'json', file], { cwd: dir });
      assert.ok(result.status === 0 || result.status === 1, `isnad check --fix exited ${result.status}: ${result.stderr}`);
      if (fs.readFileSync(file, 'utf8') === before) break;
    }
    return fs.readFileSync(file, 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function shapeOfCli(f: CliFinding): Shape {
  const s = f.span ?? f;
  return { rule: f.ruleId, range: `${s.line}:${s.column}-${s.endLine}:${s.endColumn}`, message: f.message, severity: f.severity };
}

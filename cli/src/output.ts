/**
 * Small helpers for the CLI's own output: usage errors, problem lists and warnings on stderr, and
 * writing a finished output to stdout or to a file.
 */
import { dirname, resolve } from 'node:path';
import { makeFolders, writeFileAtomic } from '../../host/src/files';
import { writeFailure } from '../../host/src/failures';

/** Why a file could not be written, in words (`host/src/failures.ts`, shared with the language server). */
export { writeFailure };
import { displayPath } from './formatters/common';

/** Exit codes. */
export const EXIT = {
  /** No error-level findings (and warnings within `--max-warnings`). */
  clean: 0,
  /** Error-level findings, or more warnings than `--max-warnings` allows. */
  findings: 1,
  /** A usage, configuration or fact-base error: nothing was checked. */
  usage: 2,
} as const;

/** An error that ends the command with exit code 2 and a message on stderr. */
export class UsageError extends Error {
  constructor(message: string, readonly details: string[] = []) {
    super(message);
  }
}

/** A problem located in a JSON file (a configuration or a fact base). */
export interface LocatedProblem {
  file: string;
  path: string;
  line: number;
  column: number;
  message: string;
}

/** Formats problems as `file:line:col  message  (json path)`, one a line. */
export function formatProblems(problems: readonly LocatedProblem[], cwd: string): string[] {
  return problems.map((problem) => `${displayPath(problem.file, cwd)}:${problem.line}:${problem.column}  ${problem.message}  (${problem.path})`);
}

/** Writes a line to stderr. */
export function warn(message: string): void {
  process.stderr.write(`isnad: ${message}\n`);
}

/**
 * Writes a finished output: to a file (atomically, creating its folder) or to stdout. Returns when
 * stdout has taken it all.
 */
export async function emit(text: string, outputFile: string | undefined, cwd: string): Promise<void> {
  if (outputFile !== undefined) {
    const path = resolve(cwd, outputFile);
    try {
      makeFolders(dirname(path));
      writeFileAtomic(path, text);
    } catch (error) {
      throw new UsageError(`cannot write the report to ${displayPath(path, cwd)}: ${writeFailure(error)}`);
    }
    return;
  }
  if (text === '') return;
  ignoreClosedStdout();
  await new Promise<void>((resolveWrite, reject) => {
    process.stdout.write(text, (error) => (error && (error as NodeJS.ErrnoException).code !== 'EPIPE' ? reject(error) : resolveWrite()));
  });
}


let ignoring = false;

/** A reader that stops early (`isnad check | head`) closes the pipe; that is not an error. */
function ignoreClosedStdout(): void {
  if (ignoring) return;
  ignoring = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/** Whether colour is wanted on a stream, given `--color`/`--no-color` and the environment. */
export function wantsColor(stream: NodeJS.WriteStream, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0' && process.env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY);
}

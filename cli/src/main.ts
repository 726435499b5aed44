/**
 * The `isnad` command line: `check`, `kb validate`, `kb show`, `rules` and `lsp`. See docs/cli.md.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runCheck } from './check';
import { runKb, runRules } from './kb';
import { emit, EXIT, UsageError } from './output';
import { VERSION } from './version';

/** The top-level help text. */
export const HELP = `isnad ${VERSION}: fact-checks Arabic and English news drafts against the source article.

Usage: isnad <command> [options]

Commands:
  check [paths...]     check drafts (files, folders or globs; default: the current folder)
  kb validate [files]  validate fact-base files (default: the bundled one)
  kb show [file]       print a readable view of a fact base
  kb draw ARTICLE      draw a fact base from a source article
  kb cite FILE...      compute a fact base's evidence ranges from their text
  rules                list the rules
  lsp --stdio          start the language server

Options:
  -h, --help           show help (also "isnad <command> --help")
  -v, --version        print the version

Exit codes: 0 clean, 1 error-level findings, 2 usage, configuration or fact-base error.
Documentation: docs/cli.md
`;

/** Starts the language server bundled beside the CLI (dist/server.js). */
function runLsp(argv: readonly string[]): number | undefined {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write('Usage: isnad lsp --stdio\n\nStarts the isnad language server, speaking LSP on stdin and stdout.\n');
    return EXIT.clean;
  }
  if (!argv.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket') || arg.startsWith('--pipe'))) {
    throw new UsageError('isnad lsp needs a transport: --stdio');
  }
  const server = join(__dirname, 'server.js');
  if (!existsSync(server)) {
    throw new UsageError(`the language server is not part of this build (${server} is missing); run "npm run build"`);
  }
  // server.js exports startServer(), which reads the transport (--stdio, …) from process.argv; it
  // starts itself only when it is the main module, which it is not here.
  const loaded = createRequire(__filename)(server) as { startServer?: () => unknown };
  if (typeof loaded.startServer !== 'function') throw new UsageError(`${server} does not export startServer()`);
  loaded.startServer();
  return undefined;
}

/** Runs the CLI with arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number | undefined> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        process.stderr.write(HELP);
        return EXIT.usage;
      case '-h':
      case '--help':
      case 'help':
        await emit(HELP, undefined, process.cwd());
        return EXIT.clean;
      case '-v':
      case '--version':
      case 'version':
        await emit(`${VERSION}\n`, undefined, process.cwd());
        return EXIT.clean;
      case 'check':
        return await runCheck(rest);
      case 'kb':
        return await runKb(rest);
      case 'rules':
        return await runRules(rest);
      case 'lsp':
        return runLsp(rest);
      default:
        throw new UsageError(`unknown command "${command}"; run "isnad --help"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`isnad: ${error.message}\n${error.details.map((line) => `  ${line}\n`).join('')}`);
      return EXIT.usage;
    }
    process.stderr.write(`isnad: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.usage;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    if (code !== undefined) process.exitCode = code;
  });
}

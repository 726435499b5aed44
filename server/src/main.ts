/**
 * The entry point of the language server (bundled to `dist/server.js`).
 *
 * Run it directly (`node dist/server.js --stdio`, `--node-ipc` or `--socket=<port>`) or require it
 * and call {@link startServer} (the CLI's `isnad lsp --stdio` does). It never writes to stdout
 * outside the protocol: `console.*` goes to the client's log. It exits when the client process
 * ends or closes the connection.
 */
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { createServer } from './server';

let started: Connection | undefined;

/** The usage line printed when the server is started without a transport. */
export const SERVER_USAGE = 'usage: node dist/server.js --stdio (or --node-ipc, --socket=<port>, --pipe=<name>); editors start it for you, see docs/editor.md';

/** Whether the arguments name a transport the language-server library can open. */
export function hasTransport(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === '--stdio' || arg === '--node-ipc' || /^--(socket|pipe)=./.test(arg));
}

/**
 * Starts the isnad language server on the transport named by the process arguments (`--stdio`,
 * `--node-ipc`, `--socket=<port>`, `--pipe=<name>`), or on the given connection. Starting twice
 * returns the first connection.
 *
 * @param connection A ready-made connection, e.g. over in-memory streams in tests.
 * @returns The connection the server listens on.
 */
export function startServer(connection?: Connection): Connection {
  if (started) return started;
  const active = connection ?? createConnection(ProposedFeatures.all);
  started = active;

  // Nothing but protocol messages may reach stdout; send console output to the client's log.
  console.log = active.console.log.bind(active.console);
  console.info = active.console.info.bind(active.console);
  console.warn = active.console.warn.bind(active.console);
  console.error = active.console.error.bind(active.console);
  console.debug = active.console.log.bind(active.console);

  process.on('uncaughtException', (error) => active.console.error(`isnad: uncaught exception: ${error?.stack ?? String(error)}`));
  process.on('unhandledRejection', (reason) =>
    active.console.error(`isnad: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`),
  );

  // Exit with the client: when its stdin closes, when the IPC channel goes, or when it asks.
  if (!connection) {
    if (process.argv.includes('--stdio')) {
      process.stdin.on('end', () => process.exit(0));
      process.stdin.on('close', () => process.exit(0));
    }
    if (process.send) process.on('disconnect', () => process.exit(0));
  }

  createServer(active);
  return active;
}

// Start when run as a program (`node dist/server.js --stdio`), but not when the CLI requires this
// file or bundles this module into its own (then the main module is the CLI's, not `server.js`).
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module && /server\.[cm]?[jt]s$/.test(module.filename)) {
  if (hasTransport(process.argv.slice(2))) startServer();
  else {
    // Without a transport the library throws with a stack trace; say what to do instead.
    process.stderr.write(`isnad language server: no transport given; ${SERVER_USAGE}\n`);
    process.exitCode = 2;
  }
}

/**
 * Logging to the client's output channel, and the guard every handler goes through: a failure is
 * logged and answered with a fallback, never thrown at the connection.
 */
import type { Connection } from 'vscode-languageserver';

/** The server's log and its guards. */
export interface Logger {
  log(message: string): void;
  /** Logs that `context` failed with `error` (its stack when there is one). */
  error(context: string, error: unknown): void;
  /** Wraps a handler: failures are logged and answered with `fallback`. */
  guard<A extends unknown[], R>(name: string, fallback: R, handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R>;
  /** Runs fire-and-forget work, logging its failure. */
  background(name: string, work: () => Promise<unknown>): void;
}

/** A logger writing to the connection's console. */
export function createLogger(connection: Connection): Logger {
  const log = (message: string): void => connection.console.log(message);
  const error = (context: string, failure: unknown): void =>
    connection.console.error(`isnad: ${context} failed: ${failure instanceof Error ? (failure.stack ?? failure.message) : String(failure)}`);
  return {
    log,
    error,
    guard<A extends unknown[], R>(name: string, fallback: R, handler: (...args: A) => R | Promise<R>) {
      return async (...args: A): Promise<R> => {
        try {
          return await handler(...args);
        } catch (failure) {
          error(name, failure);
          return fallback;
        }
      };
    },
    background(name, work) {
      work().catch((failure: unknown) => error(name, failure));
    },
  };
}

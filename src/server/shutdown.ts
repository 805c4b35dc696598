import type { Server } from 'node:http';

const GRACE_MS = 10_000;

/**
 * On SIGTERM or SIGINT: stop accepting connections, let running requests finish, then exit.
 * Connections still open after the grace period are cut so a stuck client cannot block a deploy.
 */
export function closeOnSignals(server: Server, log: (line: string) => void): void {
  const stop = (signal: NodeJS.Signals): void => {
    log(`${signal}: shutting down`);
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, GRACE_MS).unref();
  };
  // once(): a second Ctrl-C falls through to Node's default and ends the process at once.
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

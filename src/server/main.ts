import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from './server.js';
import { closeOnSignals } from './shutdown.js';
import { createSyncApi, limitsFromEnv, openStore, storeOptionsFromEnv, type SyncApi } from './sync/index.js';

export { createServer, type ServerOptions } from './server.js';

const DEFAULT_PORT = 8080;
// dist/server/main.js serves dist/app.
const DEFAULT_APP_DIR = fileURLToPath(new URL('../app/', import.meta.url));

/**
 * Starts the server from the environment: APP_DIR, PORT (8080), HOST (0.0.0.0), LOG, and for
 * sync SYNC (off to switch it off), DATA_DIR (./data), DATABASE_URL, TRUST_PROXY and the
 * SYNC_* limits (see README).
 */
export async function start(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const quiet = env.LOG === '0';
  const say = (line: string): void => {
    if (!quiet) console.log(line);
  };
  const appDir = resolve(env.APP_DIR ?? DEFAULT_APP_DIR);
  if (!existsSync(join(appDir, 'index.html'))) fail(`no index.html in ${appDir}; run "npm run build" first`);
  const port = env.PORT === undefined || env.PORT === '' ? DEFAULT_PORT : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be 0-65535, not "${env.PORT}"`);
  const host = env.HOST || '0.0.0.0';

  let sync: SyncApi | undefined;
  if (env.SYNC !== 'off') {
    const storeOptions = storeOptionsFromEnv(env);
    let limits;
    try {
      limits = limitsFromEnv(env);
    } catch (error) {
      fail((error as Error).message);
    }
    const store = await openStore(storeOptions).catch((error: unknown) =>
      // The message of pg or SQLite; it names no password (pg never prints the URL).
      fail(`cannot open the sync database: ${(error as Error).message}`),
    );
    sync = createSyncApi({ store, limits, trustProxy: env.TRUST_PROXY === '1' });
    say(storeOptions.kind === 'postgres' ? 'Sync: PostgreSQL (DATABASE_URL)' : `Sync: SQLite in ${storeOptions.file}`);
  }

  const server = createServer({ appDir, log: !quiet, ...(sync ? { sync } : {}) });
  server.on('error', (error) => fail(`cannot listen on ${host}:${port}: ${error.message}`));
  server.listen(port, host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    say(`Mijn Werkboek serves ${appDir} on http://${host}:${actualPort}`);
  });
  closeOnSignals(server, say);
}

function fail(message: string): never {
  console.error(`mijn-werkboek server: ${message}`);
  process.exit(1);
}

function isRunDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    // realpath: the script may be reached through a symlink (npx, /usr/local/bin …).
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isRunDirectly()) void start();

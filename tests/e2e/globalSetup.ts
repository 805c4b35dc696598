/**
 * Vitest globalSetup of the e2e project: builds the production app and server once, starts
 * the compiled server on a free loopback port and hands its URL to the tests as `baseURL`
 * (read it with `inject('baseURL')`). E2E_SKIP_BUILD=1 reuses an existing dist/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the production server under test, e.g. http://127.0.0.1:41234 */
    baseURL: string;
  }
}

const START_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;

/** Builds, starts the server, provides baseURL; the returned function stops the server. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  if (process.env.E2E_SKIP_BUILD !== '1') {
    await run(root, 'vite', ['build']);
    await run(root, 'tsc', ['-p', 'src/server/tsconfig.json']);
  }
  const port = await freePort();
  // 127.0.0.1 counts as a secure context, so service workers and getUserMedia work over http.
  const baseURL = `http://127.0.0.1:${port}`;
  // The sync server's SQLite lives in a temp dir that goes away with the server.
  const dataDir = mkdtempSync(join(tmpdir(), 'werkboek-e2e-sync-'));
  const server = spawn(process.execPath, [join(root, 'dist/server/main.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG: '0', APP_DIR: join(root, 'dist/app'), DATA_DIR: dataDir },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitUntilUp(`${baseURL}/api/health`, server);
  } catch (error) {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseURL', baseURL);
  return async () => {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/** Runs a local package binary; its output is only shown when it fails, to keep test output short. */
async function run(root: string, bin: string, args: string[]): Promise<void> {
  // Vitest sets NODE_ENV=test; the build under test must be the production build.
  const env = { ...process.env, NODE_ENV: 'production' };
  const child = spawn(join(root, 'node_modules', '.bin', bin), args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`e2e setup: "${bin} ${args.join(' ')}" failed (exit ${code}):\n${output}`);
}

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (typeof address !== 'object' || address === null) throw new Error('e2e setup: no free port');
  return address.port;
}

async function waitUntilUp(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`e2e setup: server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
  throw new Error(`e2e setup: server did not answer ${url} within ${START_TIMEOUT_MS} ms`);
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

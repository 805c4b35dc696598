// A throwaway PostgreSQL cluster for the sync server's tests and bench: initdb into a temporary
// folder, start it on a Unix socket only (no TCP port to collide with), remove it afterwards.
// Run as root, the cluster runs as the `postgres` user, which owns the folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folder with initdb and pg_ctl, or null with the reason when there is none. */
export function findPostgres() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    return { bin: null, reason: 'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; apt-get install postgresql)' };
  }
  return { bin: join(root, versions[0], 'bin'), reason: '' };
}

function asPostgresUser(bin, args, options = {}) {
  const isRoot = process.getuid?.() === 0;
  const [command, fullArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, args[0]), ...args.slice(1)]] : [join(bin, args[0]), args.slice(1)];
  const result = spawnSync(command, fullArgs, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${args[0]} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout || result.error?.message}`);
  }
  return result.stdout;
}

/**
 * Starts a cluster; returns { connectionString, stop } or throws. `stop` is idempotent.
 * The database is `postgres`, the user `postgres`, trust authentication over the socket.
 * Tests run without fsync; `durable: true` (the bench) keeps PostgreSQL's safe defaults.
 */
export function startPostgres({ durable = false } = {}) {
  const { bin, reason } = findPostgres();
  if (!bin) throw new Error(reason);
  const dir = mkdtempSync(join(tmpdir(), 'wbpg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = 5432;
  asPostgresUser(bin, ['initdb', '-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--no-instructions'], { cwd: dir });
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=''",
    ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    '-c max_connections=100',
    '-c shared_buffers=32MB',
  ].join(' ');
  asPostgresUser(bin, ['pg_ctl', '-D', data, '-o', settings, '-l', join(dir, 'log'), '-w', '-t', '120', 'start'], { cwd: dir });
  let stopped = false;
  return {
    connectionString: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(dir)}&port=${port}`,
    socketDir: dir,
    port,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        asPostgresUser(bin, ['pg_ctl', '-D', data, '-m', 'immediate', '-w', 'stop'], { cwd: dir });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

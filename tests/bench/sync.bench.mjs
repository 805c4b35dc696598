// `npm run bench:sync`: push and pull latency (p50/p95) and throughput of the sync server for
// 500 simulated devices (250 workbooks × 2 devices), on SQLite and on PostgreSQL, and the same
// data replicated through a PouchDB server (express-pouchdb, memory adapter) for comparison.
// Prints figures; asserts nothing. The server runs in its own process, as in production.
//
// Knobs (environment): BENCH_WORKBOOKS (250), BENCH_BATCHES per device (4), BENCH_CHANGES per
// batch (10), BENCH_CONCURRENCY devices at work at once (50), BENCH_SKIP (e.g. "pouch,postgres").
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { findPostgres, startPostgres } from '../tools/postgres.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const env = process.env;
const WORKBOOKS = Number(env.BENCH_WORKBOOKS ?? 250);
const DEVICES = 2;
const BATCHES = Number(env.BENCH_BATCHES ?? 4);
const CHANGES = Number(env.BENCH_CHANGES ?? 10);
const CONCURRENCY = Number(env.BENCH_CONCURRENCY ?? 50);
const SKIP = new Set((env.BENCH_SKIP ?? '').split(',').filter(Boolean));

// Padded plaintext sizes as the app makes them: mostly short answers and check-ins, some
// longer texts, a few drawings or photos.
const SIZE_MIX = [
  [0.7, 256],
  [0.2, 1024],
  [0.08, 4096],
  [0.02, 65536],
];

/** A small seeded generator, so every run and every backend gets the same sizes. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The workload: per device, per batch, the changes (record id + sealed payload as base64url). */
function makeWorkload() {
  const random = prng(20261123);
  const devices = [];
  let bytes = 0;
  for (let w = 0; w < WORKBOOKS; w++) {
    for (let d = 0; d < DEVICES; d++) {
      const batches = [];
      for (let b = 0; b < BATCHES; b++) {
        const changes = [];
        for (let c = 0; c < CHANGES; c++) {
          const roll = random();
          let acc = 0;
          let size = 256;
          for (const [share, s] of SIZE_MIX) {
            acc += share;
            if (roll < acc) {
              size = s;
              break;
            }
          }
          // Random bytes stand in for AES-GCM output: the server cannot tell them apart.
          const payload = randomBytes(size + 28).toString('base64url');
          bytes += size + 28;
          changes.push({ recordId: randomBytes(32).toString('base64url'), baseVersion: 0, deleted: false, payload });
        }
        batches.push(changes);
      }
      devices.push({ workbook: w, batches });
    }
  }
  return { devices, bytes, changes: devices.length * BATCHES * CHANGES };
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(port, path, child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await new Promise((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function request(port, method, path, { token, body } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? null : Buffer.from(JSON.stringify(body));
    const headers = {};
    if (token) headers.Authorization = `Bearer ${token}`;
    if (payload) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': payload.length });
    const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null });
      });
    });
    req.on('error', reject);
    req.end(payload ?? undefined);
  });
}

/** Runs fn over items with at most `limit` at once. */
async function pool(items, limit, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await fn(items[index], index);
      }
    }),
  );
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

function summary(latencies, items, seconds) {
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), perSecond: items / seconds, requests: latencies.length, seconds };
}

function expectStatus(answer, status, what) {
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
}

/** Our server in a child process over a store given by the environment. */
async function benchOurs(name, workload, storeEnv) {
  const port = await freePort();
  const appDir = mkdtempSync(join(tmpdir(), 'bench-app-'));
  writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>bench</title>');
  const child = spawn(process.execPath, [join(ROOT, 'dist/server/main.js')], {
    env: {
      ...env,
      ...storeEnv,
      APP_DIR: appDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG: '0',
      SYNC_RATE_PER_ADDRESS: '100000000',
      SYNC_RATE_PER_DEVICE: '100000000',
      SYNC_WORKBOOKS_PER_HOUR: '100000000',
      SYNC_PAIR_FAILURES: '100000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHttp(port, '/api/health', child);
    // Set-up (not measured): a workbook per pair of devices, the second device paired by code.
    const tokens = new Array(workload.devices.length);
    await pool([...Array(WORKBOOKS).keys()], CONCURRENCY, async (w) => {
      const created = await request(port, 'POST', '/api/sync/workbooks', { body: { deviceName: randomBytes(284).toString('base64url') } });
      expectStatus(created, 201, 'create');
      tokens[w * DEVICES] = created.body.token;
      for (let d = 1; d < DEVICES; d++) {
        const code = randomBytes(8).toString('base64url');
        const lookup = createHash('sha256').update('mijn-werkboek-pair').update(code).digest('base64url');
        const offer = { lookup, wrappedKey: randomBytes(60).toString('base64url'), salt: randomBytes(16).toString('base64url') };
        expectStatus(await request(port, 'POST', '/api/sync/pairings', { token: created.body.token, body: offer }), 201, 'offer');
        const claimed = await request(port, 'POST', '/api/sync/pair', { body: { lookup, deviceName: randomBytes(284).toString('base64url') } });
        expectStatus(claimed, 200, 'pair');
        tokens[w * DEVICES + d] = claimed.body.token;
      }
    });

    const pushLatencies = [];
    let started = performance.now();
    await pool(workload.devices, CONCURRENCY, async (device, index) => {
      for (let b = 0; b < device.batches.length; b++) {
        const t = performance.now();
        const answer = await request(port, 'POST', '/api/sync/push', { token: tokens[index], body: { batches: [{ seq: b + 1, changes: device.batches[b] }] } });
        pushLatencies.push(performance.now() - t);
        expectStatus(answer, 200, 'push');
      }
    });
    const push = summary(pushLatencies, workload.changes, (performance.now() - started) / 1000);

    const pullLatencies = [];
    let pulled = 0;
    started = performance.now();
    await pool(workload.devices, CONCURRENCY, async (_device, index) => {
      let since = 0;
      for (;;) {
        const t = performance.now();
        const answer = await request(port, 'GET', `/api/sync/pull?since=${since}&limit=500`, { token: tokens[index] });
        pullLatencies.push(performance.now() - t);
        expectStatus(answer, 200, 'pull');
        pulled += answer.body.changes.length;
        since = answer.body.version;
        if (!answer.body.more) break;
      }
    });
    const pull = summary(pullLatencies, pulled, (performance.now() - started) / 1000);
    if (pulled !== workload.changes * DEVICES) throw new Error(`pulled ${pulled}, expected ${workload.changes * DEVICES}`);
    return { name, push, pull };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    rmSync(appDir, { recursive: true, force: true });
  }
}

/** The same documents replicated through express-pouchdb (memory adapter) in a child process. */
async function benchPouch(workload) {
  let PouchDB;
  try {
    const core = (await import('pouchdb-core')).default;
    PouchDB = core
      .plugin((await import('pouchdb-adapter-memory')).default)
      .plugin((await import('pouchdb-adapter-http')).default)
      .plugin((await import('pouchdb-replication')).default);
  } catch (error) {
    return { skipped: `PouchDB packages are not installed (${error.message})` };
  }
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'tests/bench/pouchServer.mjs'), String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    await waitForHttp(port, '/', child);
    const remoteUrl = (w) => `http://127.0.0.1:${port}/wb${w}`;
    const locals = workload.devices.map((device, index) => new PouchDB(`bench-device-${index}`, { adapter: 'memory' }));
    const remotes = [...Array(WORKBOOKS).keys()].map((w) => new PouchDB(remoteUrl(w), { adapter: 'http' }));
    await pool(remotes, CONCURRENCY, (remote) => remote.info());

    const pushLatencies = [];
    let started = performance.now();
    await pool(workload.devices, CONCURRENCY, async (device, index) => {
      for (const batch of device.batches) {
        await locals[index].bulkDocs(batch.map((c) => ({ _id: `r${c.recordId}`, payload: c.payload, deleted: c.deleted, baseVersion: c.baseVersion })));
        const t = performance.now();
        const result = await locals[index].replicate.to(remotes[device.workbook], { batch_size: CHANGES });
        pushLatencies.push(performance.now() - t);
        if (result.status !== 'complete' || result.doc_write_failures) throw new Error('pouch push failed');
      }
    });
    const push = summary(pushLatencies, workload.changes, (performance.now() - started) / 1000);

    const pullLatencies = [];
    let pulled = 0;
    started = performance.now();
    await pool(workload.devices, CONCURRENCY, async (device, index) => {
      const t = performance.now();
      const result = await locals[index].replicate.from(remotes[device.workbook], { batch_size: 500 });
      pullLatencies.push(performance.now() - t);
      pulled += result.docs_read;
    });
    const pull = summary(pullLatencies, pulled, (performance.now() - started) / 1000);
    await Promise.all(locals.map((db) => db.destroy()));
    return { name: 'PouchDB (express-pouchdb, memory)', push, pull };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
  }
}

const ms = (value) => `${value.toFixed(1)} ms`;
function line(result) {
  const { push, pull } = result;
  return [
    result.name.padEnd(36),
    `push p50 ${ms(push.p50).padStart(9)}  p95 ${ms(push.p95).padStart(9)}  ${push.perSecond.toFixed(0).padStart(6)} changes/s`,
    `pull p50 ${ms(pull.p50).padStart(9)}  p95 ${ms(pull.p95).padStart(9)}  ${pull.perSecond.toFixed(0).padStart(6)} changes/s`,
  ].join('  |  ');
}

const workload = makeWorkload();
console.log(
  `Sync bench: ${WORKBOOKS} workbooks × ${DEVICES} devices = ${workload.devices.length} devices, ${BATCHES} batches × ${CHANGES} changes each ` +
    `= ${workload.changes} changes, ${(workload.bytes / 1024 / 1024).toFixed(1)} MiB sealed payload; ${CONCURRENCY} devices at once.`,
);
console.log('Push: one batch per request. Pull: every device pulls the whole workbook (its own changes too), 500 a page.\n');

const results = [];
const dataDir = mkdtempSync(join(tmpdir(), 'bench-sqlite-'));
try {
  if (!SKIP.has('sqlite')) {
    const result = await benchOurs('Mijn Werkboek, SQLite (WAL, FULL)', workload, { DATA_DIR: dataDir });
    results.push(result);
    console.log(line(result));
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

if (!SKIP.has('postgres')) {
  const { bin, reason } = findPostgres();
  if (!bin) console.log(`PostgreSQL: skipped, ${reason}`);
  else {
    const cluster = startPostgres({ durable: true });
    try {
      const result = await benchOurs('Mijn Werkboek, PostgreSQL 15', workload, { DATABASE_URL: cluster.connectionString });
      results.push(result);
      console.log(line(result));
    } finally {
      cluster.stop();
    }
  }
}

if (!SKIP.has('pouch')) {
  const result = await benchPouch(workload);
  if (result.skipped) console.log(`PouchDB: skipped, ${result.skipped}`);
  else {
    console.log(line(result));
    console.log('\nRatio PouchDB ÷ ours (latency: above 1 means ours is faster; throughput: below 1 means ours is faster):');
    for (const ours of results) {
      console.log(
        `  vs ${ours.name.padEnd(36)} push p50 ×${(result.push.p50 / ours.push.p50).toFixed(2)}  p95 ×${(result.push.p95 / ours.push.p95).toFixed(2)}  ` +
          `throughput ×${(result.push.perSecond / ours.push.perSecond).toFixed(2)}  |  pull p50 ×${(result.pull.p50 / ours.pull.p50).toFixed(2)}  ` +
          `p95 ×${(result.pull.p95 / ours.pull.p95).toFixed(2)}  throughput ×${(result.pull.perSecond / ours.pull.perSecond).toFixed(2)}`,
      );
    }
  }
}
agent.destroy();

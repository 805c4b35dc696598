import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openStore, type StoreOptions, type SyncStore } from '../../src/server/sync/index.js';
import { findPostgres, startPostgres } from '../tools/postgres.mjs';

/** The stores every protocol test runs on: SQLite always, PostgreSQL when it is installed. */
export interface StoreKind {
  name: 'sqlite' | 'postgres';
  /** Why the kind is skipped here, or '' when it runs. */
  skip: string;
  /** Opens an empty store of this kind. */
  open: () => Promise<SyncStore>;
  /** Options of an empty store that can be closed and opened again (a file, a database). */
  durable: () => Promise<StoreOptions>;
}

const POSTGRES = findPostgres();
/** Why the PostgreSQL runs are skipped ('' when they run). SYNC_TEST_POSTGRES=off skips them on purpose. */
export const POSTGRES_SKIP =
  process.env.SYNC_TEST_POSTGRES === 'off' ? 'PostgreSQL tests switched off (SYNC_TEST_POSTGRES=off)' : POSTGRES.bin ? '' : POSTGRES.reason;

let cluster: ReturnType<typeof startPostgres> | null = null;
let databases = 0;

/**
 * Registers beforeAll/afterAll that start (and remove) one PostgreSQL cluster for the test
 * file when PostgreSQL is installed. Each open() gets a new, empty database in it.
 */
export function storeKinds(): StoreKind[] {
  beforeAll(() => {
    if (!POSTGRES_SKIP) cluster = startPostgres();
  }, 120_000);
  afterAll(() => {
    cluster?.stop();
    cluster = null;
  });
  return [
    {
      name: 'sqlite',
      skip: '',
      open: () => openStore({ kind: 'sqlite', file: ':memory:' }),
      durable: async () => {
        const dir = await mkdtemp(join(tmpdir(), 'werkboek-sync-'));
        tempDirs.push(dir);
        return { kind: 'sqlite', file: join(dir, 'sync.sqlite') };
      },
    },
    { name: 'postgres', skip: POSTGRES_SKIP, open: async () => openStore(await newPostgresDatabase()), durable: newPostgresDatabase },
  ];
}

const tempDirs: string[] = [];
afterAll(async () => {
  for (const dir of tempDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A fresh, empty database in the file's cluster. */
export async function newPostgresDatabase(): Promise<StoreOptions> {
  if (!cluster) throw new Error('no PostgreSQL cluster started');
  const name = `sync_${process.pid}_${++databases}`;
  const admin = new pg.Client({ connectionString: cluster.connectionString });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return postgresOptions(name);
}

export function postgresOptions(database: string): StoreOptions {
  if (!cluster) throw new Error('no PostgreSQL cluster started');
  return { kind: 'postgres', connectionString: cluster.connectionString.replace('/postgres?', `/${database}?`) };
}

export const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');
export const randomB64 = (bytes: number): string => randomBytes(bytes).toString('base64url');

/**
 * Seals text the way the app does: zero-padded to a power of two (≥ 256 bytes), AES-256-GCM,
 * 12-byte IV first and the 16-byte tag last. Returns base64url.
 */
export function seal(text: string, key: Uint8Array = TEST_KEY): string {
  const plain = Buffer.from(text, 'utf8');
  let size = 256;
  while (size < plain.length) size *= 2;
  const padded = Buffer.alloc(size);
  plain.copy(padded);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(padded), cipher.final()]);
  return b64(Buffer.concat([iv, body, cipher.getAuthTag()]));
}

export const TEST_KEY = new Uint8Array(randomBytes(32));

/** What the app sends as lookup for a pairing code. */
export const lookupFor = (code: string): string =>
  createHash('sha256').update('mijn-werkboek-pair').update(code).digest().toString('base64url');

/** A record id as the server sees it: 43 characters of base64url. */
export const recordId = (): string => randomB64(32);

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** Answer of a call: status and parsed JSON (null for 204). */
export interface Answer {
  status: number;
  body: any;
}

/** A small client of the protocol over any fetch function (in-process or real HTTP). */
export class TestClient {
  constructor(
    private readonly fetchFn: Fetch,
    private readonly base = 'http://sync.test',
  ) {}

  async call(method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await this.fetchFn(this.base + path, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }

  create(deviceName = seal('Tablet')): Promise<Answer> {
    return this.call('POST', '/api/sync/workbooks', { body: { deviceName } });
  }

  async device(deviceName = seal('Tablet')): Promise<{ workbookId: string; deviceId: string; token: string }> {
    const answer = await this.create(deviceName);
    if (answer.status !== 201) throw new Error(`create: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  offer(token: string, code: string, wrappedKey = seal('key'), salt = randomB64(16)): Promise<Answer> {
    return this.call('POST', '/api/sync/pairings', { token, body: { lookup: lookupFor(code), wrappedKey, salt } });
  }

  claim(code: string, deviceName = seal('Telefoon'), token?: string): Promise<Answer> {
    return this.call('POST', '/api/sync/pair', {
      ...(token ? { token } : {}),
      body: token ? { lookup: lookupFor(code) } : { lookup: lookupFor(code), deviceName },
    });
  }

  /** A second device of the same workbook, paired by a code. */
  async pairDevice(token: string): Promise<{ workbookId: string; deviceId: string; token: string }> {
    const code = randomB64(8);
    const offered = await this.offer(token, code);
    if (offered.status !== 201) throw new Error(`offer: ${offered.status}`);
    const claimed = await this.claim(code);
    if (claimed.status !== 200) throw new Error(`claim: ${claimed.status}`);
    return claimed.body;
  }

  push(token: string, batches: unknown, keyEpoch?: number): Promise<Answer> {
    return this.call('POST', '/api/sync/push', {
      token,
      body: { batches },
      ...(keyEpoch !== undefined ? { headers: { 'Sync-Key-Epoch': String(keyEpoch) } } : {}),
    });
  }

  pull(token: string, since: number, limit?: number): Promise<Answer> {
    return this.call('GET', `/api/sync/pull?since=${since}${limit !== undefined ? `&limit=${limit}` : ''}`, { token });
  }

  devices(token: string): Promise<Answer> {
    return this.call('GET', '/api/sync/devices', { token });
  }

  revoke(token: string, deviceId: string): Promise<Answer> {
    return this.call('POST', `/api/sync/devices/${deviceId}/revoke`, { token });
  }

  rotate(token: string, keyEpoch: number): Promise<Answer> {
    return this.call('POST', '/api/sync/rotate', { token, body: { keyEpoch } });
  }
}

/** A change with a sealed payload of the given text. */
export const change = (text: string, baseVersion = 0, id = recordId()) => ({ recordId: id, baseVersion, deleted: false, payload: seal(text) });

/** Test facade for core: a fresh database per test and ways to look at raw IndexedDB. */
import { db } from '../../src/core/db';
import { lockVault } from '../../src/core/vault';

/** Empties every table and locks, so each test starts from a new device. */
export async function freshDevice(): Promise<void> {
  await lockVault();
  await Promise.all(db.tables.map((table) => table.clear()));
}

/** Every value in every object store of the raw IndexedDB database, bypassing Dexie. */
export async function rawValues(name = db.name): Promise<unknown[]> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const values: unknown[] = [];
  for (const store of Array.from(idb.objectStoreNames)) {
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const request = idb.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    values.push(...all);
  }
  idb.close();
  return values;
}

/** Whether `needle` occurs anywhere in `value`: in strings or in the bytes of binary fields. */
export function containsText(value: unknown, needle: string): boolean {
  const bytes = new TextEncoder().encode(needle);
  const seen = new Set<unknown>();
  const walk = (v: unknown): boolean => {
    if (typeof v === 'string') return v.includes(needle);
    if (v instanceof ArrayBuffer) return includesBytes(new Uint8Array(v), bytes);
    if (ArrayBuffer.isView(v)) return includesBytes(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), bytes);
    if (v && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      return Object.values(v).some(walk);
    }
    return false;
  };
  return walk(value);
}

function includesBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

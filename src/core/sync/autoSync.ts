/**
 * Runs sync for the unlocked profile in the app: when it is unlocked (the app opens), a few
 * seconds after an edit, when the network returns, on a slow timer, and after a failure with a
 * growing wait. A profile without sync never loads the engine and never talks to a server.
 */
import { db } from '../db';
import { createSignal } from '../events';
import { recordsChanged } from '../records';
import { requireVault, unlockedProfileId, vaultChanged } from '../vault';
import { AFTER_EDIT_MS, PERIOD_MS, retryDelayMs } from './backoff';
import { fetchTransport, FINAL_ERRORS, SyncError } from './transport';

/** What the sync page and the status line show. */
export interface SyncStatus {
  on: boolean;
  running: boolean;
  online: boolean;
  lastSyncedAt: number | null;
  pending: number;
  /** The last refusal or failure code, or null. */
  error: string | null;
}

/** Fires when the status changes. */
export const syncStatusChanged = createSignal();

let status: SyncStatus = { on: false, running: false, online: true, lastSyncedAt: null, pending: 0, error: null };
let timer: ReturnType<typeof setTimeout> | undefined;
let failures = 0;
let running: Promise<void> | null = null;
let again = false;
let started = false;

/** The current sync status of the unlocked profile. */
export function syncStatus(): SyncStatus {
  return status;
}

function setStatus(next: Partial<SyncStatus>): void {
  status = { ...status, ...next };
  syncStatusChanged.emit();
}

function schedule(delayMs: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => void syncNow(), delayMs);
}

/** Syncs the unlocked profile now (if it syncs); a call while one runs makes it run once more. */
export async function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = runOnce().finally(() => {
    running = null;
    if (again) {
      again = false;
      void syncNow();
    }
  });
  return running;
}

async function runOnce(): Promise<void> {
  const profileId = unlockedProfileId();
  const state = profileId ? await db.syncState.get(profileId) : undefined;
  if (!profileId || !state) {
    clearTimeout(timer);
    setStatus({ on: false, running: false, error: null, pending: 0, lastSyncedAt: null });
    return;
  }
  const engine = await import('./engine');
  const local = { db, profileId, key: requireVault().key };
  setStatus({ on: true, running: true, lastSyncedAt: state.lastSyncedAt, error: state.lastError, pending: await engine.pendingCount(local) });
  try {
    const session = await engine.openSession(local, fetchTransport(state.server));
    if (!session) return;
    const before = state.cursor;
    await engine.syncOnce(session);
    failures = 0;
    const after = await db.syncState.get(profileId);
    if (unlockedProfileId() !== profileId) return;
    setStatus({ running: false, online: true, error: null, lastSyncedAt: after?.lastSyncedAt ?? null, pending: await engine.pendingCount(local) });
    if ((after?.cursor ?? before) !== before) recordsChanged.emit();
    schedule(PERIOD_MS);
  } catch (error) {
    const code = error instanceof SyncError ? error.code : 'failed';
    failures++;
    if (unlockedProfileId() !== profileId) return;
    setStatus({ running: false, online: code !== 'network', error: code, pending: await engine.pendingCount(local) });
    // A refusal that waiting cannot fix waits for the person (or the next edit) instead.
    if (!FINAL_ERRORS.has(code)) schedule(retryDelayMs(failures));
  }
}

/** Starts watching the vault, edits and the network. Call once when the app starts. */
export function startAutoSync(): void {
  if (started) return;
  started = true;
  vaultChanged.subscribe(() => {
    failures = 0;
    clearTimeout(timer);
    if (unlockedProfileId()) void syncNow();
    else setStatus({ on: false, running: false, pending: 0, error: null, lastSyncedAt: null });
  });
  recordsChanged.subscribe(() => {
    if (status.on && !status.running) schedule(AFTER_EDIT_MS);
    else if (status.on) again = true;
  });
  addEventListener('online', () => {
    failures = 0;
    setStatus({ online: true });
    void syncNow();
  });
  addEventListener('offline', () => setStatus({ online: false }));
}

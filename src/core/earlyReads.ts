/**
 * Reads the first screen will need, started by main.tsx while the app's code is still setting
 * up, so the screen does not wait for its own read after the first render. Each is taken once,
 * and only by the first render: main.tsx forgets them right after it, so a screen shown later
 * always reads afresh.
 */
interface Early {
  promise: Promise<unknown>;
  /** Set once the read has answered. */
  answered?: { value: unknown };
}

const started = new Map<string, Early>();

/** Starts `read` now under `key`; answers when it is done (never rejects). */
export function readEarly(key: string, read: () => Promise<unknown>): Promise<void> {
  const early: Early = { promise: read() };
  started.set(key, early);
  return early.promise.then(
    (value) => void (early.answered = { value }),
    () => undefined, // the screen that takes it sees the failure; nothing is lost
  );
}

/** The value read under `key` if it has already answered, once; undefined otherwise. */
export function takeEarlyValue<T>(key: string): T | undefined {
  const early = started.get(key);
  if (!early?.answered) return undefined;
  started.delete(key);
  return early.answered.value as T;
}

/** The read started under `key`, once; undefined when none was started or it was taken. */
export function takeEarly<T>(key: string): Promise<T> | undefined {
  const early = started.get(key);
  started.delete(key);
  return early?.promise as Promise<T> | undefined;
}

/** Forgets the reads nobody took (the first screen was another one): they would be stale later. */
export function forgetEarlyReads(): void {
  started.clear();
}

/**
 * Reads the first screen will need, started by main.tsx while the app's code is still setting
 * up, so the screen does not wait for its own read after the first render. Each is taken once:
 * a later load of the same screen reads again.
 */
const started = new Map<string, Promise<unknown>>();

/** Starts `read` now under `key`. */
export function readEarly(key: string, read: () => Promise<unknown>): void {
  const promise = read();
  promise.catch(() => undefined); // the screen that takes it sees the failure; none is lost
  started.set(key, promise);
}

/** The read started under `key`, once; undefined when none was started or it was taken. */
export function takeEarly<T>(key: string): Promise<T> | undefined {
  const promise = started.get(key) as Promise<T> | undefined;
  started.delete(key);
  return promise;
}

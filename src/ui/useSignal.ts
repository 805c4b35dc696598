/** Re-reads async data whenever one of the given core signals fires. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Signal } from '../core/events';
import { LockedError } from '../core/vault';

/**
 * Loads `load()` now and again after each signal; undefined while loading. Only the newest load
 * is shown: an older one that answers late (it started before a lock, say) is dropped.
 * `initial` gives a value just read elsewhere, for the first render: it is not loaded again
 * until a signal fires or `deps` change (a second full render would slow down the start).
 */
export function useLoad<T>(load: () => Promise<T>, signals: Signal[] = [], deps: unknown[] = [], initial?: () => T | undefined): T | undefined {
  const [value, setValue] = useState<T | undefined>(() => initial?.());
  const given = useRef(value !== undefined);
  // A layout effect starts the load right after the render, not a frame later (useEffect waits
  // for the next paint): on a slow phone each screen that loads data shows up a frame sooner.
  useLayoutEffect(() => {
    let live = true;
    let newest = 0;
    const refresh = () => {
      const run = ++newest;
      // (A load that throws at once is handled like one that fails later.)
      new Promise<T>((resolve) => resolve(load())).then(
        (next) => live && run === newest && setValue(() => next),
        (error: unknown) => {
          // Locking while a screen still reloads (saving drafts on lock fires its signals): the
          // screen is on its way out. Anything else is a real failure.
          if (!(error instanceof LockedError)) throw error;
        },
      );
    };
    if (given.current) given.current = false;
    else refresh();
    const unsubscribes = signals.map((signal) => signal.subscribe(refresh));
    return () => {
      live = false;
      unsubscribes.forEach((unsubscribe) => unsubscribe());
    };
  }, deps);
  return value;
}

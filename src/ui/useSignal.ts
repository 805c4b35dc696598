/** Re-reads async data whenever one of the given core signals fires. */
import { useEffect, useState } from 'preact/hooks';
import type { Signal } from '../core/events';

/** Loads `load()` now and again after each signal; undefined while loading. */
export function useLoad<T>(load: () => Promise<T>, signals: Signal[] = [], deps: unknown[] = []): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const refresh = () => {
      load().then((next) => live && setValue(() => next));
    };
    refresh();
    const unsubscribes = signals.map((signal) => signal.subscribe(refresh));
    return () => {
      live = false;
      unsubscribes.forEach((unsubscribe) => unsubscribe());
    };
  }, deps);
  return value;
}

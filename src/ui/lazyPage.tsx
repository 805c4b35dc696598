import type { FunctionComponent } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * A screen whose code is loaded when it is first opened, so the start of the app stays small.
 * Offline this still works: the service worker precaches every chunk.
 */
export function lazyPage<P extends object>(load: () => Promise<FunctionComponent<P>>): LazyPage<P> {
  let loaded: FunctionComponent<P> | undefined;
  let loading: Promise<FunctionComponent<P>> | undefined;
  const loadOnce = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // try again next time
        throw error;
      },
    ));
  function LazyPage(props: P) {
    const [Page, setPage] = useState(() => loaded);
    // A layout effect asks for the code right after the render, not a frame later.
    useLayoutEffect(() => {
      if (Page) return;
      let live = true;
      void loadOnce().then((component) => {
        if (live) setPage(() => component);
      });
      return () => {
        live = false;
      };
    }, []);
    return Page ? <Page {...props} /> : null;
  }
  return Object.assign(LazyPage, { preload: () => void loadOnce().catch(() => undefined) });
}

/** Runs `run` once the browser is idle (or soon, where it cannot tell); answers a cancel. */
export function whenIdle(run: () => void, timeoutMs = 2_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 500);
  return () => clearTimeout(id);
}

/** Preloads screens once the browser is idle, so they never slow down what is being drawn now. */
export function preloadWhenIdle(pages: readonly LazyPage<never>[]): () => void {
  return whenIdle(() => pages.forEach((page) => page.preload()));
}

/** A lazily loaded screen; preload() fetches its code ahead, e.g. while the person types a PIN. */
export type LazyPage<P extends object> = FunctionComponent<P> & { preload: () => void };

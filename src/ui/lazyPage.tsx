import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A screen whose code is loaded when it is first opened, so the start of the app stays small.
 * Offline this still works: the service worker precaches every chunk.
 */
export function lazyPage<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | undefined;
  return function LazyPage(props: P) {
    const [Page, setPage] = useState(() => loaded);
    useEffect(() => {
      if (Page) return;
      let live = true;
      void load().then((component) => {
        loaded = component;
        if (live) setPage(() => component);
      });
      return () => {
        live = false;
      };
    }, []);
    return Page ? <Page {...props} /> : null;
  };
}

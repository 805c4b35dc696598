/**
 * A very small history router. Route changes stop read-aloud and move focus to the new
 * screen's heading, so screen readers and keyboard users land at the top of the new screen.
 */
import { useEffect, useState } from 'preact/hooks';
import { createSignal } from '../core/events';

const routeChanged = createSignal();

/** Goes to `path`, adding a history entry (or replacing the current one). */
export function navigate(path: string, replace = false): void {
  if (path === location.pathname) return;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  routeChanged.emit();
}

if (typeof window !== 'undefined') window.addEventListener('popstate', () => routeChanged.emit());

/** Subscribes to route changes. */
export const onRouteChange = routeChanged.subscribe;

/** The current path; re-renders on navigation. */
export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    // A child's effect may navigate before this subscription exists: catch up first.
    setPath(location.pathname);
    return onRouteChange(() => setPath(location.pathname));
  }, []);
  return path;
}

/** Matches `/a/:id` patterns; returns the params or null. */
export function matchRoute(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const have = path.replace(/\/+$/, '').split('/');
  if (pattern === '/') return path === '/' || path === '' ? {} : null;
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(have[i]!);
    else if (part !== have[i]) return null;
  }
  return params;
}

import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to an element by id once it is on screen. Adding, removing and re-sorting items
 * replaces or moves the focused button, and the browser would drop focus to the page.
 */
export function useFocusLater(): (id: string) => void {
  const pending = useRef<string | null>(null);
  // A layout effect: focus lands before the next key press or paint.
  useLayoutEffect(() => {
    if (pending.current === null) return;
    const target = document.getElementById(pending.current);
    if (target) {
      pending.current = null;
      target.focus();
    }
  });
  return (id: string) => {
    pending.current = id;
  };
}

/** The width of an element in whole CSS pixels, kept up to date while it resizes. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Used where layout gives no width (tests without layout, a hidden element). */
export const FALLBACK_WIDTH_PX = 600;

/** A ref for the element and its width; undefined until measured (before the first paint). */
export function useElementWidth<T extends HTMLElement>(): [{ current: T | null }, number | undefined] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.clientWidth) || FALLBACK_WIDTH_PX);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

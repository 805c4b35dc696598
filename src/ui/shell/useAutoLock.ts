import { useEffect } from 'preact/hooks';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'scroll', 'touchstart'] as const;

interface AutoLockOptions {
  unlocked: boolean;
  minutes: number;
  /** On a group tablet the app locks as soon as it is hidden. */
  lockWhenHidden: boolean;
  lock: () => void;
}

/** Locks after `minutes` without activity and, on a tablet, when the app is hidden. */
export function useAutoLock({ unlocked, minutes, lockWhenHidden, lock }: AutoLockOptions): void {
  useEffect(() => {
    if (!unlocked) return;
    let timer = 0;
    const restart = () => {
      clearTimeout(timer);
      timer = window.setTimeout(lock, minutes * 60_000);
    };
    const onVisibility = () => {
      if (lockWhenHidden && document.visibilityState === 'hidden') lock();
    };
    restart();
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, restart, { passive: true, capture: true });
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, restart, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [unlocked, minutes, lockWhenHidden, lock]);
}

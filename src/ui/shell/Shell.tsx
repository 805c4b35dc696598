import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { stopReading } from '../readAloud';
import { onRouteChange } from '../router';
import { unlockedProfileId, vaultChanged } from '../../core/vault';
import { useT } from '../useT';
import { TopBar } from './TopBar';
import { UpdateBanner } from './UpdateBanner';

interface ShellProps {
  unlocked: boolean;
  onLock: () => void;
  /** Where "Start" goes while nobody is unlocked (the staff home during a staff session). */
  homePath?: string;
  children: ComponentChildren;
}

const HEADING = 'main [data-autofocus], main h1';
const HEADING_WAIT_MS = 5_000;
let stopWaiting: (() => void) | undefined;

/**
 * Puts focus on the new screen's heading once it is there: a lazily loaded screen renders its
 * heading only after its code arrived, so a single frame is not always enough.
 */
function focusNewHeading(): void {
  stopWaiting?.();
  const main = document.querySelector('main');
  if (!main) return;
  const focus = () => {
    const heading = main.querySelector<HTMLElement>(HEADING);
    if (!heading) return false;
    heading.focus();
    return true;
  };
  const observer = new MutationObserver(() => focus() && stopWaiting?.());
  const timer = setTimeout(() => stopWaiting?.(), HEADING_WAIT_MS);
  stopWaiting = () => {
    observer.disconnect();
    clearTimeout(timer);
    stopWaiting = undefined;
  };
  // Wait for the new screen to render first: the old heading is still there now.
  requestAnimationFrame(() => {
    if (!stopWaiting) return;
    if (focus()) stopWaiting();
    else observer.observe(main, { childList: true, subtree: true });
  });
}

/** The frame of every screen: skip link, top bar, main landmark, update offer. */
export function Shell({ unlocked, onLock, homePath, children }: ShellProps) {
  const t = useT();
  useEffect(
    () =>
      onRouteChange(() => {
        stopReading();
        focusNewHeading();
      }),
    [],
  );
  // Locking (by hand or automatically) stops reading: the next person must not hear this one's answers.
  useEffect(() => vaultChanged.subscribe(() => unlockedProfileId() === null && stopReading()), []);
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar unlocked={unlocked} onLock={onLock} homePath={homePath} />
      <UpdateBanner />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

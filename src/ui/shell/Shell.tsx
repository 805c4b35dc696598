import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { stopReading } from '../readAloud';
import { onRouteChange } from '../router';
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

/** The frame of every screen: skip link, top bar, main landmark, update offer. */
export function Shell({ unlocked, onLock, homePath, children }: ShellProps) {
  const t = useT();
  useEffect(
    () =>
      onRouteChange(() => {
        stopReading();
        // Wait for the new screen to render, then put focus on its heading.
        requestAnimationFrame(() => document.querySelector<HTMLElement>('main [data-autofocus], main h1')?.focus());
      }),
    [],
  );
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

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
  children: ComponentChildren;
}

/** The frame of every screen: skip link, top bar, main landmark, update offer. */
export function Shell({ unlocked, onLock, children }: ShellProps) {
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
  // Locking (by hand or automatically) stops reading: the next person must not hear this one's answers.
  useEffect(() => vaultChanged.subscribe(() => unlockedProfileId() === null && stopReading()), []);
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar unlocked={unlocked} onLock={onLock} />
      <UpdateBanner />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

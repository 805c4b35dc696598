import { useEffect, useState } from 'preact/hooks';
import { IconButton } from '../components/IconButton';
import { flushDrafts } from '../../core/drafts';
import { useT } from '../useT';
import { whenIdle } from '../lazyPage';

type Apply = () => Promise<void>;

/**
 * Offers a new app version ("Nieuwe versie"). It is never applied by itself: only when the
 * person taps the button, and only after every draft has been saved.
 */
export function UpdateBanner() {
  const t = useT();
  const [apply, setApply] = useState<Apply | null>(null);
  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    // Once the first screen is shown and the phone has a moment: loading and registering the
    // worker code earlier would slow down the start (the worker from last time already serves).
    const cancelIdle = whenIdle(
      () =>
        void import('virtual:pwa-register').then(
          ({ registerSW }) => {
            if (cancelled) return;
            const updateSW = registerSW({
              onNeedRefresh: () => setApply(() => () => updateSW(true)),
            });
          },
          () => undefined, // e.g. the page reloads meanwhile: the next start registers it
        ),
      3_000,
    );
    return () => {
      cancelled = true;
      cancelIdle();
    };
  }, []);
  if (!apply) return null;
  return (
    <aside class="update-banner" aria-labelledby="update-title">
      <h2 id="update-title">{t('update.available')}</h2>
      <p>{t('update.intro')}</p>
      <div class="button-row">
        <IconButton
          icon="check"
          variant="primary"
          onClick={async () => {
            await flushDrafts();
            await apply();
          }}
        >
          {t('update.apply')}
        </IconButton>
        <IconButton icon="close" onClick={() => setApply(null)}>
          {t('update.later')}
        </IconButton>
      </div>
    </aside>
  );
}

import { Icon } from '../../icons/Icon.tsx';
import { useT } from '../../useT';
import type { DeviceKind } from '../../../core/db';

/** Two big choices: my own phone, or the clinic's group tablet. */
export function DeviceChoice({ onChoose }: { onChoose: (kind: DeviceKind) => void }) {
  const t = useT();
  return (
    <section class="stack" aria-labelledby="device-question">
      <h2 id="device-question" tabIndex={-1}>{t('firstRun.whatDevice')}</h2>
      <div class="tile-grid">
        <button type="button" class="tile" onClick={() => onChoose('phone')}>
          <Icon name="phone" size={64} />
          <span class="tile-word">{t('firstRun.phone')}</span>
          <span class="tile-hint">{t('firstRun.phoneHint')}</span>
        </button>
        <button type="button" class="tile" onClick={() => onChoose('tablet')}>
          <Icon name="tablet" size={64} />
          <span class="tile-word">{t('firstRun.tablet')}</span>
          <span class="tile-hint">{t('firstRun.tabletHint')}</span>
        </button>
      </div>
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { IconButton } from '../components/IconButton';
import { isReading, readBlocks, readingChanged, stopReading, textBlocks, voiceFor, waitForVoices } from '../readAloud';
import { navigate } from '../router';
import { useT } from '../useT';
import { i18next } from '../../i18n';
import { NoVoiceDialog } from './NoVoiceDialog';
import { getDevice } from '../../core/device';

interface TopBarProps {
  unlocked: boolean;
  onLock: () => void;
  /** Where "Start" goes while nobody is unlocked (default: the locked start). */
  homePath?: string;
}

/** The bar on every screen: Start and Op slot on one side, Voorlezen and SOS on the other, always in the same place. */
export function TopBar({ unlocked, onLock, homePath = '/' }: TopBarProps) {
  const t = useT();
  const [reading, setReading] = useState(isReading());
  const [noVoice, setNoVoice] = useState(false);
  useEffect(() => readingChanged.subscribe(() => setReading(isReading())), []);

  const readScreen = async () => {
    if (reading) return stopReading();
    await waitForVoices();
    const main = document.querySelector('main');
    if (!voiceFor(i18next.language) || !main) return setNoVoice(true);
    const device = await getDevice();
    void readBlocks(textBlocks(main), i18next.language, device?.readingSpeed ?? 'normal');
  };

  return (
    <header class="topbar">
      <nav class="topbar-inner" aria-label={t('nav.navLabel')}>
        <div class="topbar-group">
          <IconButton icon="home" variant="quiet" onClick={() => navigate(unlocked ? '/werkboek' : homePath)}>
            {t('nav.home')}
          </IconButton>
          {unlocked && (
            <IconButton icon="lock" variant="quiet" onClick={onLock}>
              {t('nav.lock')}
            </IconButton>
          )}
        </div>
        <div class="topbar-group">
          <IconButton icon={reading ? 'stop' : 'speaker'} variant="quiet" onClick={readScreen} aria-pressed={reading}>
            {reading ? t('nav.stopReading') : t('nav.readAloud')}
          </IconButton>
          <IconButton icon="sos" variant="danger" class="sos-button" onClick={() => navigate(unlocked ? '/sos' : '/hulp')}>
            {t('nav.sos')}
          </IconButton>
        </div>
      </nav>
      {noVoice && <NoVoiceDialog onClose={() => setNoVoice(false)} />}
    </header>
  );
}

import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18next } from '../../i18n';
import { isReading, readBlocks, readingChanged, stopReading, textBlocks, voiceFor, waitForVoices } from '../readAloud';
import { NoVoiceDialog } from '../shell/NoVoiceDialog';
import { useT } from '../useT';
import { IconButton } from './IconButton';

/**
 * Reads one part of the screen aloud (a note, one card), with the same voice and marking as the
 * top bar's Voorlezen. `target` is the id of the element whose text blocks are read.
 */
export function ReadThisButton({ target, children }: { target: string; children?: ComponentChildren }) {
  const t = useT();
  const [mine, setMine] = useState(false);
  const [noVoice, setNoVoice] = useState(false);
  useEffect(() => readingChanged.subscribe(() => !isReading() && setMine(false)), []);

  const read = async () => {
    if (mine && isReading()) return stopReading();
    await waitForVoices();
    const element = document.getElementById(target);
    if (!voiceFor(i18next.language) || !element) return setNoVoice(true);
    setMine(true);
    void readBlocks(textBlocks(element), i18next.language);
  };

  return (
    <>
      <IconButton icon={mine ? 'stop' : 'speaker'} aria-pressed={mine} onClick={read}>
        {mine ? t('nav.stopReading') : t('nav.readAloud')}
        {children}
      </IconButton>
      {noVoice && <NoVoiceDialog onClose={() => setNoVoice(false)} />}
    </>
  );
}

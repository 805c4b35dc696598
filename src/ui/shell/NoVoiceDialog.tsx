import { useEffect, useRef } from 'preact/hooks';
import { IconButton } from '../components/IconButton';
import { useT } from '../useT';

/** Explains, instead of silence, how to add a voice when the device has none for the language. */
export function NoVoiceDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} class="dialog" aria-labelledby="no-voice-title" onClose={onClose}>
      <h2 id="no-voice-title">{t('readAloud.noVoiceTitle')}</h2>
      <p>{t('readAloud.noVoiceIntro')}</p>
      <ul class="plain-list">
        <li>{t('readAloud.noVoiceAndroid')}</li>
        <li>{t('readAloud.noVoiceIpad')}</li>
        <li>{t('readAloud.noVoiceWindows')}</li>
      </ul>
      <p>{t('readAloud.noVoiceHelp')}</p>
      <IconButton icon="close" variant="primary" onClick={() => ref.current?.close()}>
        {t('readAloud.close')}
      </IconButton>
    </dialog>
  );
}

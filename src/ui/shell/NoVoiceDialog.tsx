import { useEffect, useRef } from 'preact/hooks';
import { IconButton } from '../components/IconButton';
import { useT } from '../useT';

/** Per kind of device: its name, the word for pressing, and the literal menu items to press. */
const DEVICES = [
  { name: 'readAloud.noVoiceAndroid', press: 'readAloud.noVoiceTap', menu: 'readAloud.noVoiceAndroidMenu' },
  { name: 'readAloud.noVoiceIpad', press: 'readAloud.noVoiceTap', menu: 'readAloud.noVoiceIpadMenu' },
  { name: 'readAloud.noVoiceWindows', press: 'readAloud.noVoiceClick', menu: 'readAloud.noVoiceWindowsMenu' },
] as const;

/** Explains, instead of silence, how to add a voice when the device has none for the language. */
export function NoVoiceDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // showModal focuses the first button, at the bottom: at large text that scrolls the title
    // out of sight. Start at the title instead.
    title.current?.focus();
    dialog.scrollTop = 0;
  }, []);
  return (
    <dialog ref={ref} class="dialog" aria-labelledby="no-voice-title" onClose={onClose}>
      <h2 id="no-voice-title" ref={title} tabIndex={-1}>
        {t('readAloud.noVoiceTitle')}
      </h2>
      <p>{t('readAloud.noVoiceIntro')}</p>
      <ul class="plain-list no-voice-devices">
        {DEVICES.map((device) => (
          <li key={device.name}>
            <h3>{t(device.name)}</h3>
            <p>{t(device.press)}</p>
            {/* The names of the menu items as the device shows them, in the order to press them. */}
            <ol class="menu-path">
              {t(device.menu)
                .split(' > ')
                .map((item) => (
                  <li key={item}>
                    <strong>{item}</strong>
                  </li>
                ))}
            </ol>
            <p>{t('readAloud.noVoiceLanguage')}</p>
          </li>
        ))}
      </ul>
      <p>{t('readAloud.noVoiceHelp')}</p>
      <IconButton icon="close" variant="primary" onClick={() => ref.current?.close()}>
        {t('readAloud.close')}
      </IconButton>
    </dialog>
  );
}

import { useId, useRef, useState } from 'preact/hooks';
import { deleteMedia, saveMedia, StorageFullError } from '../../../core/media';
import type { Language } from '../../../i18n';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { ConfirmButton } from '../ConfirmButton';
import { useMediaUrl } from '../media/useMediaUrl';
import '../exercises.css';
import { STRINGS } from './strings';
import { useRecorder } from './useRecorder';

/** Props of the voice recorder: the answer keeps only the media id. */
export interface VoiceRecorderProps {
  /** Media id of the saved recording. */
  value?: string;
  onChange: (mediaId: string | undefined) => void;
  /** What the recording answers, shown above the buttons. */
  label: string;
  /** Which item the recording belongs to, when several are on one screen; said after each button's word. */
  name?: string;
  language: Language;
}

/** A spoken answer instead of typing: record, listen back, record again or delete. */
export function VoiceRecorder({ value, onChange, label, name, language }: VoiceRecorderProps) {
  const s = STRINGS[language];
  const titleId = useId();
  const [news, setNews] = useState<'saved' | 'removed' | null>(null);
  const [full, setFull] = useState(false);
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };

  const keep = async (blob: Blob) => {
    try {
      const id = await saveMedia('voice', blob);
      const old = latest.current.value;
      latest.current.onChange(id);
      setFull(false);
      setNews('saved');
      // The old recording goes only once the new one is safely stored.
      if (old) await deleteMedia(old).catch(() => undefined);
    } catch (error) {
      setFull(error instanceof StorageFullError);
      if (!(error instanceof StorageFullError)) setNews(null);
    }
  };
  const recorder = useRecorder((blob) => void keep(blob));

  const remove = async () => {
    if (!value) return;
    onChange(undefined);
    setNews('removed');
    await deleteMedia(value).catch(() => undefined);
  };

  const named = name ? <span class="sr-only">: {name}</span> : null;
  const problem = full ? s.full : recorder.problem && recorder.problem !== 'unsupported' ? s[recorder.problem] : '';
  return (
    <div class="voice" role="group" aria-labelledby={titleId}>
      <p id={titleId} class="voice-title">
        {label}
        {name && <span class="sr-only"> {name}</span>}
      </p>
      {recorder.recording ? (
        <div class="voice-running">
          <span class="voice-dot" aria-hidden="true" />
          <span class="voice-time">{s.seconds(recorder.seconds)}</span>
          <IconButton icon="stop" variant="primary" onClick={recorder.stop}>
            {s.stop}
            {named}
          </IconButton>
        </div>
      ) : (
        <>
          {value && <Playback id={value} language={language} />}
          {recorder.problem === 'unsupported' ? (
            <p class="voice-note">{s.unsupported}</p>
          ) : (
            <div class="voice-buttons">
              <IconButton icon="microphone" variant={value ? 'secondary' : 'primary'} class="voice-start" onClick={() => void recorder.start()}>
                {value ? s.again : s.record}
                {named}
              </IconButton>
              {value && (
                <ConfirmButton icon="trash" question={s.removeQuestion} yes={s.removeYes} no={s.removeNo} onConfirm={() => void remove()}>
                  {s.remove}
                  {named}
                </ConfirmButton>
              )}
            </div>
          )}
        </>
      )}
      <p class="sr-only" role="status">
        {recorder.recording ? s.recording : news ? s[news] : ''}
      </p>
      <Message kind="problem">{problem}</Message>
    </div>
  );
}

/** Plays the decrypted recording back from an object URL. */
function Playback({ id, language }: { id: string; language: Language }) {
  const s = STRINGS[language];
  const shown = useMediaUrl(id);
  if (shown.state === 'loading') return null;
  if (shown.state === 'missing') return <p class="voice-note">{s.missing}</p>;
  return (
    <figure class="voice-playback">
      <figcaption>{s.yours}</figcaption>
      <audio controls src={shown.url} />
    </figure>
  );
}

import { i18next, toLanguage } from '../../../i18n';
import { LazyVoiceRecorder } from '../../exercises/voice/LazyVoiceRecorder';
import { useT } from '../../useT';
import { useStrings } from './useStrings';

interface NoteFieldProps {
  value: string;
  recording: string | undefined;
  onChange: (note: string) => void;
  onRecording: (recording: string | undefined) => void;
}

/** An optional note, typed or spoken; the label says it is not required. */
export function NoteField({ value, recording, onChange, onRecording }: NoteFieldProps) {
  const t = useT();
  const s = useStrings();
  return (
    <div class="stack">
      <h2 tabIndex={-1}>{t('checkIn.noteQuestion')}</h2>
      <p id="note-hint">{t('checkIn.noteHint')}</p>
      <label for="note">{t('checkIn.note')}</label>
      <textarea id="note" rows={5} maxLength={2000} value={value} aria-describedby="note-hint" onInput={(e) => onChange(e.currentTarget.value)} />
      <LazyVoiceRecorder value={recording} label={s.speakNote} language={toLanguage(i18next.language)} onChange={onRecording} />
    </div>
  );
}

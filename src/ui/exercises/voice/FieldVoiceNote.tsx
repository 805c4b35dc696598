import { useEffect, useState } from 'preact/hooks';
import { getVoiceNote, setVoiceNote } from '../../../core/voiceNotes';
import { i18next, toLanguage } from '../../../i18n';
import { useT } from '../../useT';
import { LazyVoiceRecorder } from './LazyVoiceRecorder';
import { STRINGS } from './strings';

/** "Liever praten?": a recording next to a typed field, stored under the field's own key. */
export function FieldVoiceNote({ field }: { field: string }) {
  useT();
  const language = toLanguage(i18next.language);
  const [mediaId, setMediaId] = useState<string | undefined | null>(null);
  useEffect(() => {
    let live = true;
    void getVoiceNote(field).then((id) => live && setMediaId(id));
    return () => {
      live = false;
    };
  }, [field]);
  if (mediaId === null) return null;
  return (
    <LazyVoiceRecorder
      value={mediaId}
      label={STRINGS[language].speakInstead}
      language={language}
      onChange={(id) => {
        setMediaId(id);
        void setVoiceNote(field, id);
      }}
    />
  );
}

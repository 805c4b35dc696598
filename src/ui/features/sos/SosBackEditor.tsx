import type { SosCard } from '../../../core/sos';
import type { SosLessonMedia } from '../../../core/sosCard';
import type { Language } from '../../../i18n';
import { TextField } from './SosFrontEditor';
import { SosPicturesEditor } from './SosPicturesEditor';
import type { SosStrings } from './strings';
import type { SosUpdate } from './useSosCard';

interface BackEditorProps {
  card: SosCard;
  update: (change: SosUpdate) => void;
  lesson: SosLessonMedia;
  language: Language;
  s: SosStrings;
}

/** The back in edit mode: add or remove photos, the song, the text that helps. */
export function SosBackEditor({ card, update, lesson, language, s }: BackEditorProps) {
  return (
    <>
      <SosPicturesEditor pictures={card.pictures} update={update} lesson={lesson} language={language} s={s} />
      <div class="sos-section sos-edit">
        <TextField id="sos-edit-song" label={s.songLabel} value={card.song} voiceField="sos/song" onChange={(song) => update({ song })} />
      </div>
      <div class="sos-section sos-edit">
        <TextField id="sos-edit-help-text" label={s.helpText} value={card.helpText} long voiceField="sos/helpText" onChange={(helpText) => update({ helpText })} />
      </div>
    </>
  );
}

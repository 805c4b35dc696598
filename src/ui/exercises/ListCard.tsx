import type { ExerciseOf } from '../../exercises/model';
import type { ListItem } from '../../exercises/list';
import type { Language } from '../../i18n';
import { Pictogram } from '../pictograms';
import { RemoveButton } from './RemoveButton';
import { STRINGS } from './strings.list';
import { LazyVoiceRecorder } from './voice/LazyVoiceRecorder';
import { STRINGS as VOICE } from './voice/strings';

interface Props {
  exercise: ExerciseOf<'list'>;
  item: ListItem;
  number: number;
  /** Prefix for the ids of the card's fields. */
  idBase: string;
  language: Language;
  onValue: (fieldId: string, value: string) => void;
  onRecording: (mediaId: string | undefined) => void;
  onRemove: () => void;
}

/** One item of a list as a card: a labelled field per sub-field, a recorder for telling it instead, and "Weghalen" that asks first. */
export function ListCard({ exercise, item, number, idBase, language, onValue, onRecording, onRemove }: Props) {
  const title = STRINGS[language].number(number);
  const first = exercise.fields.map((field) => item.values[field.id]?.trim()).find(Boolean);
  return (
    <li>
      <fieldset class="list-card stack">
        <legend>{title}</legend>
        {exercise.fields.map((field) => (
          <div key={field.id} class="list-field">
            <label for={`${idBase}-${field.id}`} class="field-label">
              {field.pictogram && <Pictogram id={field.pictogram} size={40} />}
              <span>{field.label[language]}</span>
            </label>
            <textarea
              id={`${idBase}-${field.id}`}
              rows={2}
              maxLength={1000}
              value={item.values[field.id] ?? ''}
              onInput={(e) => onValue(field.id, e.currentTarget.value)}
            />
          </div>
        ))}
        <LazyVoiceRecorder value={item.recording} label={VOICE[language].speakInstead} name={title} language={language} onChange={onRecording} />
        <RemoveButton name={first ? `${title}: ${first}` : title} language={language} onRemove={onRemove} />
      </fieldset>
    </li>
  );
}

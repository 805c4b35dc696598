import { useEffect, useState } from 'preact/hooks';
import { getSosCard, setSosField, type SosCard } from '../../core/sos';
import { useDraft } from '../useDraft';
import { useT } from '../useT';
import type { ExerciseProps } from './contract';
import { HelpersEditor, LinesEditor } from './SosFieldEditors';
import { FieldVoiceNote } from './voice/FieldVoiceNote';

type Value = SosCard[keyof SosCard];

/** One field of the SOS-kaart, edited inside a session; the card and the session show the same data. */
export function SosFieldExercise({ exercise, language }: ExerciseProps<'sosField', null>) {
  const t = useT();
  const field = exercise.field;
  const label = exercise.label[language];
  const [value, setValue] = useState<Value | null>(null);
  useEffect(() => {
    void getSosCard().then((card) => setValue(card[field]));
  }, [field]);
  useDraft(
    value,
    async (next) => {
      if (next !== null) await setSosField(field, next as never);
    },
    value !== null,
  );
  if (value === null) return null;

  return (
    <div class="stack sos-field">
      <p class="hint">{t('sosField.onCard')}</p>
      {field === 'helpers' ? (
        <HelpersEditor label={label} value={value as SosCard['helpers']} onChange={setValue} />
      ) : field === 'reasons' || field === 'alternatives' ? (
        <LinesEditor label={label} value={value as string[]} onChange={setValue} voiceField={`sos/${field}`} />
      ) : (
        <>
          <label for="sos-field">{label}</label>
          {field === 'helpText' || field === 'strengthThought' ? (
            <textarea id="sos-field" rows={3} value={value as string} onInput={(e) => setValue(e.currentTarget.value)} />
          ) : (
            <input id="sos-field" type="text" value={value as string} onInput={(e) => setValue(e.currentTarget.value)} />
          )}
          {field !== 'name' && <FieldVoiceNote field={`sos/${field}`} />}
        </>
      )}
    </div>
  );
}

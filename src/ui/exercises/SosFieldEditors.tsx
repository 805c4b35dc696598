import { useId } from 'preact/hooks';
import type { SosHelper } from '../../core/sos';
import { IconButton } from '../components/IconButton';
import { useT } from '../useT';
import { FieldVoiceNote } from './voice/FieldVoiceNote';

interface EditorProps<T> {
  label: string;
  value: T[];
  onChange: (value: T[]) => void;
  /** Offers a recording for the whole list, stored under this key (see core/voiceNotes.ts). */
  voiceField?: string;
}

/** A short list of lines (reasons, alternatives): add, edit, remove. */
export function LinesEditor({ label, value, onChange, voiceField }: EditorProps<string>) {
  const t = useT();
  // Two lists can share a page (the SOS-kaart edits reasons and alternatives): ids must differ.
  const id = useId();
  return (
    <fieldset class="stack">
      <legend>{label}</legend>
      {value.map((line, index) => (
        <div class="line-item" key={index}>
          <label for={`${id}-line-${index}`} class="sr-only">
            {t('sosField.item', { n: index + 1 })}
          </label>
          <input id={`${id}-line-${index}`} type="text" value={line} onInput={(e) => onChange(value.map((v, i) => (i === index ? e.currentTarget.value : v)))} />
          <IconButton icon="trash" variant="quiet" onClick={() => onChange(value.filter((_, i) => i !== index))}>
            {t('sosField.remove')}
          </IconButton>
        </div>
      ))}
      <IconButton icon="plus" onClick={() => onChange([...value, ''])}>
        {t('sosField.add')}
      </IconButton>
      {voiceField && <FieldVoiceNote field={voiceField} />}
    </fieldset>
  );
}

/** People to call: a name and a phone number each. */
export function HelpersEditor({ label, value, onChange }: EditorProps<SosHelper>) {
  const t = useT();
  const change = (index: number, patch: Partial<SosHelper>) => onChange(value.map((h, i) => (i === index ? { ...h, ...patch } : h)));
  return (
    <fieldset class="stack">
      <legend>{label}</legend>
      {value.map((helper, index) => (
        <fieldset class="crisis-row" key={index}>
          <legend>{t('sosField.person', { n: index + 1 })}</legend>
          <label>
            {t('sosField.helperName')}
            <input type="text" value={helper.name} onInput={(e) => change(index, { name: e.currentTarget.value })} />
          </label>
          <label>
            {t('sosField.helperPhone')}
            <input type="tel" value={helper.phone} onInput={(e) => change(index, { phone: e.currentTarget.value })} />
          </label>
          <IconButton icon="trash" variant="quiet" onClick={() => onChange(value.filter((_, i) => i !== index))}>
            {t('sosField.remove')}
          </IconButton>
        </fieldset>
      ))}
      <IconButton icon="plus" onClick={() => onChange([...value, { name: '', phone: '' }])}>
        {t('sosField.add')}
      </IconButton>
    </fieldset>
  );
}

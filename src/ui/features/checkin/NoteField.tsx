import { useT } from '../../useT';

/** An optional note; the label says it is not required. */
export function NoteField({ value, onChange }: { value: string; onChange: (note: string) => void }) {
  const t = useT();
  return (
    <div class="stack">
      <h2 tabIndex={-1}>{t('checkIn.noteQuestion')}</h2>
      <p id="note-hint">{t('checkIn.noteHint')}</p>
      <label for="note">{t('checkIn.note')}</label>
      <textarea id="note" rows={5} maxLength={2000} value={value} aria-describedby="note-hint" onInput={(e) => onChange(e.currentTarget.value)} />
    </div>
  );
}

import { recordsChanged } from '../../../core/records';
import type { Json } from '../../../core/sync/merge';
import { conflictFieldsOf } from '../../../core/sync/workbookSync';
import { useLoad } from '../../useSignal';
import { OtherVersions } from './OtherVersions';

/** Every field of one record that has two versions (e.g. the SOS-kaart), each with its choice. */
export function RecordConflicts({ recordId, label, onChosen }: { recordId: string; label: (field: string) => string; onChosen: (field: string, value: Json) => void }) {
  const fields = useLoad(() => conflictFieldsOf(recordId).catch(() => [] as string[]), [recordsChanged], [recordId]);
  if (!fields || fields.length === 0) return null;
  return (
    <>
      {fields.map((field) => (
        <div key={field}>
          <h2>{label(field)}</h2>
          <OtherVersions recordId={recordId} field={field} describe={describeValue} onChosen={(value) => onChosen(field, value)} />
        </div>
      ))}
    </>
  );
}

/** A stored value as lines a person can read: text, list items, "name: phone" for a helper. */
export function describeValue(value: Json): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(describeValue).filter(Boolean).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(describeValue).filter(Boolean).join(': ');
  return value === null ? '' : String(value);
}

import { Icon } from '../../icons/Icon.tsx';
import type { StaffNote } from '../../../core/staffNotes';
import { StarIcon } from '../strength/StarIcon';
import { noteTime, useStrings } from './useStrings';

/** Who wrote a note and when: a star for a compliment, a person for a message, always with words. */
export function NoteFrom({ note }: { note: StaffNote }) {
  const s = useStrings();
  return (
    <>
      <p class="staff-note-from">
        {note.kind === 'compliment' ? <StarIcon size={32} filled /> : <Icon name="person" size={32} />}
        <span>{s.from(note.kind, note.author, note.name)}</span>
      </p>
      <p class="staff-note-time">{noteTime(note.at)}</p>
    </>
  );
}

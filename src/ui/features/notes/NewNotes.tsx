import { useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { ReadThisButton } from '../../components/ReadThisButton';
import { recordsChanged } from '../../../core/records';
import { listNewStaffNotes, putNoteAway, type StaffNote } from '../../../core/staffNotes';
import { requireVault } from '../../../core/vault';
import { useLoad } from '../../useSignal';
import { NoteFrom } from './NoteFrom';
import { useStrings } from './useStrings';
import './notes.css';

/** The home screen's new notes and compliments from trainer or begeleider, newest first; nothing when there are none. */
export function NewNotes({ profileId }: { profileId: string }) {
  const s = useStrings();
  const notes = useLoad(() => listNewStaffNotes(requireVault()), [recordsChanged], [profileId]);
  if (!notes || notes.length === 0) return null;
  return (
    <section class="staff-notes" aria-labelledby="staff-notes-title">
      <h2 id="staff-notes-title" tabIndex={-1}>
        {s.homeTitle}
      </h2>
      <ul class="plain-list">
        {notes.map((note) => (
          <li key={note.id}>
            <NoteCard note={note} last={notes.length === 1} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function NoteCard({ note, last }: { note: StaffNote; last: boolean }) {
  const s = useStrings();
  const [problem, setProblem] = useState('');
  const id = `note-${note.id.replace(/[^\w-]/g, '-')}`;
  const putAway = async () => {
    setProblem('');
    try {
      await putNoteAway(requireVault(), note.id);
      // The card goes away: keep focus near it rather than losing it to the page.
      document.querySelector<HTMLElement>(last ? 'main h1' : '#staff-notes-title')?.focus();
    } catch {
      setProblem(s.putAwayFailed);
    }
  };
  const from = s.from(note.kind, note.author, note.name);
  return (
    <article class={`staff-note ${note.kind === 'compliment' ? 'is-compliment' : ''}`} aria-labelledby={`${id}-from`}>
      <div id={id}>
        <div id={`${id}-from`}>
          <NoteFrom note={note} />
        </div>
        <p class="note staff-note-text">{note.text}</p>
      </div>
      <div class="button-row">
        <ReadThisButton target={id}>
          <span class="sr-only">: {from}</span>
        </ReadThisButton>
        <IconButton icon="check" onClick={() => void putAway()}>
          {s.putAway}
          <span class="sr-only">: {from}</span>
        </IconButton>
      </div>
      <Message kind="problem">{problem}</Message>
    </article>
  );
}

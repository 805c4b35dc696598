import { useId, useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { recordsChanged } from '../../../core/records';
import { deleteStaffNote, listStaffNotes, NOTE_AUTHORS, NOTE_KINDS, NOTE_MAX_CHARS, writeStaffNote, type NoteAuthor, type NoteKind } from '../../../core/staffNotes';
import { useLoad } from '../../useSignal';
import { NoteFrom } from '../notes/NoteFrom';
import { noteTime, useStrings } from '../notes/useStrings';
import { participantPath } from '../staff/participantLinks';
import { StaffScreen } from '../staff/StaffScreen';
import type { StaffPageProps } from '../staff/types';
import { StateIcon } from './StateIcon';
import { useStaffParticipant } from './useStaffParticipant';
import { useStrings as useCareStrings } from './useStrings';
import '../notes/notes.css';
import './staffCare.css';

/** Trainer or begeleider writes a note or compliment for the participant; earlier ones with whether they were read. */
export function StaffNotePage({ params, device }: StaffPageProps) {
  const s = useStrings();
  const care = useCareStrings();
  const id = params.id!;
  const formId = useId();
  const who = useStaffParticipant(id);
  const notes = useLoad(async () => (who ? listStaffNotes(who.access) : undefined), [recordsChanged], [who]);
  const [kind, setKind] = useState<NoteKind>('note');
  const [author, setAuthor] = useState<NoteAuthor>(device.kind === 'phone' ? 'begeleider' : 'trainer');
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ kind: 'good' | 'problem'; text: string } | null>(null);
  if (who === undefined) return null;
  if (who === null) return <StaffScreen title={care.notFound} back="/staf" />;

  const send = async () => {
    setMessage(null);
    if (!text.trim()) {
      setMessage({ kind: 'problem', text: s.needText });
      document.getElementById(`${formId}-text`)?.focus();
      return;
    }
    try {
      await writeStaffNote(who.access, { kind, author, name, text });
      setText('');
      setMessage({ kind: 'good', text: s.sent });
    } catch {
      setMessage({ kind: 'problem', text: s.saveFailed });
    }
  };

  return (
    <StaffScreen title={s.staffTitle(who.profile.displayName)} back={participantPath(id)}>
      <p>{s.staffIntro}</p>
      <form
        class="staff-form"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <fieldset class="stack">
          <legend>{s.kindLegend}</legend>
          <div class="choice-row">
            {NOTE_KINDS.map((option) => (
              <label key={option} class={`choice choice-wide ${kind === option ? 'is-chosen' : ''}`}>
                <input type="radio" name={`${formId}-kind`} checked={kind === option} onChange={() => setKind(option)} />
                <span>{s.kinds[option]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset class="stack">
          <legend>{s.authorLegend}</legend>
          <div class="choice-row">
            {NOTE_AUTHORS.map((option) => (
              <label key={option} class={`choice choice-wide ${author === option ? 'is-chosen' : ''}`}>
                <input type="radio" name={`${formId}-author`} checked={author === option} onChange={() => setAuthor(option)} />
                <span>{s.authors[option]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div class="stack">
          <label for={`${formId}-name`}>{s.name}</label>
          <input id={`${formId}-name`} type="text" autoComplete="name" maxLength={100} value={name} onInput={(e) => setName(e.currentTarget.value)} />
          <label for={`${formId}-text`}>{s.text}</label>
          <p class="hint" id={`${formId}-hint`}>
            {s.textHint}
          </p>
          <textarea id={`${formId}-text`} maxLength={NOTE_MAX_CHARS} value={text} aria-describedby={`${formId}-hint`} onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <Message kind="problem">{message?.kind === 'problem' ? message.text : null}</Message>
        <Message kind="good">{message?.kind === 'good' ? message.text : null}</Message>
        <div class="button-row">
          <IconButton icon="check" variant="primary" type="submit">
            {s.send}
          </IconButton>
        </div>
      </form>
      <section aria-labelledby={`${formId}-earlier`}>
        <h2 id={`${formId}-earlier`}>{s.earlier}</h2>
        {notes && notes.length === 0 && <p>{s.noEarlier}</p>}
        <ul class="staff-note-list">
          {(notes ?? []).map((note) => (
            <li key={note.id}>
              <article class={`staff-note ${note.kind === 'compliment' ? 'is-compliment' : ''}`}>
                <NoteFrom note={note} />
                <p class="note staff-note-text">{note.text}</p>
                <p class="staff-note-state">
                  <StateIcon state={note.readAt ? 'done' : 'open'} size={32} />
                  <span>{note.readAt ? s.isRead(noteTime(note.readAt)) : s.isNew}</span>
                </p>
                <IconButton icon="trash" onClick={() => void deleteStaffNote(who.access, note.id)}>
                  {s.remove}
                  <span class="sr-only">: {s.from(note.kind, note.author, note.name)}, {noteTime(note.at)}</span>
                </IconButton>
              </article>
            </li>
          ))}
        </ul>
      </section>
    </StaffScreen>
  );
}

import { useState } from 'preact/hooks';
import { deleteProfile } from '../../../core/staffParticipants';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { navigate } from '../../router';
import { participantPath } from './participantLinks';
import { StaffScreen } from './StaffScreen';
import type { StaffPageProps } from './types';
import { useParticipant } from './useParticipant';
import { useStrings } from './useStrings';

/** Delete a participant and everything of theirs, after a second confirmation. */
export function DeletePage({ params }: StaffPageProps) {
  const s = useStrings();
  const id = params.id!;
  const profile = useParticipant(id);
  const [sure, setSure] = useState(false);
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState('');
  const [problem, setProblem] = useState('');
  if (removed) {
    return (
      <StaffScreen title={s.removed(removed)} back="/staf">
        <Message kind="good">{s.removed(removed)}</Message>
      </StaffScreen>
    );
  }
  if (profile === undefined) return null;
  if (!profile) return <StaffScreen title={s.notFound} back="/staf" />;
  const name = profile.displayName;
  const cancel = () => navigate(participantPath(id));
  const remove = async () => {
    setBusy(true);
    try {
      await deleteProfile(id);
      setRemoved(name);
    } catch {
      setBusy(false);
      setProblem(s.saveFailed);
    }
  };
  const step = (next: boolean) => {
    setSure(next);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
  };
  return (
    <StaffScreen title={sure ? s.removeSureTitle : s.removeTitle(name)}>
      {!sure ? (
        <>
          <p>{s.removeIntro(name)}</p>
          <p>
            <strong>{s.removeNoUndo}</strong>
          </p>
          <div class="button-row">
            <IconButton icon="back" onClick={cancel}>
              {s.cancel}
            </IconButton>
            <IconButton icon="trash" variant="danger" onClick={() => step(true)}>
              {s.removeYes}
            </IconButton>
          </div>
        </>
      ) : (
        <>
          <p>{s.removeSureIntro(name)}</p>
          <div class="button-row">
            <IconButton icon="back" onClick={cancel}>
              {s.cancel}
            </IconButton>
            <IconButton icon="trash" variant="danger" disabled={busy} onClick={() => void remove()}>
              {s.removeSureYes(name)}
            </IconButton>
          </div>
        </>
      )}
      <Message kind="problem">{problem}</Message>
    </StaffScreen>
  );
}

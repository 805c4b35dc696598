import { useEffect, useId, useState } from 'preact/hooks';
import type { ProfilePhoto } from '../../../core/db';
import { renameProfile, setProfileAvatar } from '../../../core/staffParticipants';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { navigate } from '../../router';
import { AvatarPicker } from '../profiles/AvatarPicker';
import { participantPath } from './participantLinks';
import { StaffScreen } from './StaffScreen';
import type { StaffPageProps } from './types';
import { useParticipant } from './useParticipant';
import { useStrings } from './useStrings';

/** Another name or picture for a participant (what the start screen shows). */
export function NamePage({ params }: StaffPageProps) {
  const s = useStrings();
  const id = params.id!;
  const nameId = useId();
  const profile = useParticipant(id);
  const [name, setName] = useState('');
  const [avatar, setAvatar] = useState('sun');
  const [photo, setPhoto] = useState<ProfilePhoto>();
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const loaded = Boolean(profile);
  useEffect(() => {
    if (!profile) return;
    setName(profile.displayName);
    setAvatar(profile.avatar);
    setPhoto(profile.photo);
  }, [loaded]);
  if (profile === undefined) return null;
  if (!profile) return <StaffScreen title={s.notFound} back="/staf" />;
  const save = async (event: Event) => {
    event.preventDefault();
    if (name.trim() === '') return setProblem(s.nameNeeded);
    setBusy(true);
    try {
      await renameProfile(id, name);
      await setProfileAvatar(id, avatar, avatar === 'photo' ? photo : undefined);
      navigate(participantPath(id));
    } catch {
      setBusy(false);
      setProblem(s.saveFailed);
    }
  };
  return (
    <StaffScreen title={s.nameTitle} back={participantPath(id)}>
      <form class="stack" onSubmit={save}>
        <label for={nameId}>{s.name}</label>
        <input id={nameId} type="text" autoComplete="off" maxLength={40} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <AvatarPicker
          value={avatar}
          photo={photo}
          onChange={(next, picked) => {
            setAvatar(next);
            if (picked) setPhoto(picked);
          }}
        />
        <Message kind="problem">{problem}</Message>
        <IconButton icon="check" variant="primary" type="submit" disabled={busy}>
          {s.save}
        </IconButton>
      </form>
    </StaffScreen>
  );
}

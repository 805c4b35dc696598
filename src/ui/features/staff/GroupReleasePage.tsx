import { useState } from 'preact/hooks';
import { getProgram } from '../../../content/load';
import { listProfiles, profilesChanged } from '../../../core/profiles';
import { setReleasedForGroup } from '../../../core/staffParticipants';
import { i18next, toLanguage } from '../../../i18n';
import { Message } from '../../components/Message';
import { useLoad } from '../../useSignal';
import { ReleaseList } from './ReleaseList';
import { StaffScreen } from './StaffScreen';
import type { StaffPageProps } from './types';
import { useStrings } from './useStrings';

/**
 * Sessions for the whole group of one program: a tick opens a session for every participant
 * (not the archived ones), untick closes it for everyone. Each line says for how many it is open.
 */
export function GroupReleasePage({ params }: StaffPageProps) {
  const s = useStrings();
  const program = getProgram(params.program!);
  const profiles = useLoad(listProfiles, [profilesChanged]);
  const [message, setMessage] = useState<{ kind: 'good' | 'problem'; text: string }>({ kind: 'good', text: '' });
  const language = toLanguage(i18next.language);
  if (!program) return <StaffScreen title={s.groupReleaseTitle} back="/staf" />;
  if (!profiles) return null;
  const group = profiles.filter((profile) => profile.program === program.id);
  const toggle = async (session: string, open: boolean) => {
    setMessage({ kind: 'good', text: '' });
    try {
      await setReleasedForGroup(program.id, [session], open);
      setMessage({ kind: 'good', text: s.saved });
    } catch {
      setMessage({ kind: 'problem', text: s.saveFailed });
    }
  };
  return (
    <StaffScreen title={s.groupReleaseTitle} back="/staf">
      <p class="program-name">{program.title[language]}</p>
      {group.length === 0 ? (
        <p>{s.noGroup}</p>
      ) : (
        <>
          <p>{s.groupReleaseIntro}</p>
          <ReleaseList
            program={program}
            language={language}
            lineOf={(session, always) => {
              const count = always ? group.length : group.filter((profile) => profile.released.includes(session)).length;
              const shape = count === group.length ? 'open' : count === 0 ? 'closed' : 'some';
              const stateWord = always ? s.firstAlwaysOpen : shape === 'open' ? s.stateOpenForAll : shape === 'closed' ? s.stateClosed : s.stateOpenForSome(count, group.length);
              return { checked: shape === 'open', shape, stateWord };
            }}
            onToggle={(session, checked) => void toggle(session, checked)}
          />
        </>
      )}
      <div class="release-saved">
        <Message kind={message.kind}>{message.text}</Message>
      </div>
    </StaffScreen>
  );
}

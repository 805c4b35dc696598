import { useState } from 'preact/hooks';
import { getProgram } from '../../../content/load';
import { setSessionOpen } from '../../../core/staffParticipants';
import { i18next, toLanguage } from '../../../i18n';
import { Message } from '../../components/Message';
import { participantPath } from './participantLinks';
import { ReleaseList } from './ReleaseList';
import { StaffScreen } from './StaffScreen';
import type { StaffPageProps } from './types';
import { useParticipant } from './useParticipant';
import { useStrings } from './useStrings';

/** Which sessions are open for one participant: a checklist by module, saved at each tap. */
export function ReleasePage({ params, device }: StaffPageProps) {
  const s = useStrings();
  const id = params.id!;
  const profile = useParticipant(id);
  const [message, setMessage] = useState<{ kind: 'good' | 'problem'; text: string }>({ kind: 'good', text: '' });
  if (profile === undefined) return null;
  if (!profile) return <StaffScreen title={s.notFound} back="/staf" />;
  const program = getProgram(profile.program);
  const language = toLanguage(i18next.language);
  const toggle = async (session: string, open: boolean) => {
    setMessage({ kind: 'good', text: '' });
    try {
      await setSessionOpen(id, session, open);
      setMessage({ kind: 'good', text: s.saved });
    } catch {
      setMessage({ kind: 'problem', text: s.saveFailed });
    }
  };
  return (
    <StaffScreen title={s.releaseTitle(profile.displayName)} back={participantPath(id)}>
      {device.kind === 'phone' ? (
        <p>{s.onPhoneAllOpen}</p>
      ) : (
        program && (
          <>
            <p>{s.releaseIntro}</p>
            <p class="program-name">{program.title[language]}</p>
            <ReleaseList
              program={program}
              language={language}
              lineOf={(session, always) => {
                const open = always || profile.released.includes(session);
                return { checked: open, shape: open ? 'open' : 'closed', stateWord: always ? s.firstAlwaysOpen : open ? s.stateOpen : s.stateClosed };
              }}
              onToggle={(session, checked) => void toggle(session, checked)}
            />
          </>
        )
      )}
      <div class="release-saved">
        <Message kind={message.kind}>{message.text}</Message>
      </div>
    </StaffScreen>
  );
}

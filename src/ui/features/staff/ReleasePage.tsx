import { useState } from 'preact/hooks';
import { getProgram, sessionOrder, sessionSummary } from '../../../content/load';
import { setSessionOpen } from '../../../core/staffParticipants';
import { i18next, toLanguage } from '../../../i18n';
import { Message } from '../../components/Message';
import { participantPath } from './participantLinks';
import { SessionCheck } from './SessionCheck';
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
  const first = program ? sessionOrder(program)[0] : undefined;
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
            {program.modules.map((module) => (
              <fieldset key={module.number} class="release-module">
                <legend>
                  <h2>{program.modules.length > 1 ? s.module(module.number, module.title[language]) : module.title[language]}</h2>
                </legend>
                <ul class="release-list">
                  {module.sessions.map((session) => {
                    const always = session === first;
                    const open = always || profile.released.includes(session);
                    return (
                      <li key={session}>
                        <SessionCheck
                          sessionId={session}
                          title={sessionSummary(program.id, session)?.title[language] ?? ''}
                          checked={open}
                          disabled={always}
                          shape={open ? 'open' : 'closed'}
                          stateWord={always ? s.firstAlwaysOpen : open ? s.stateOpen : s.stateClosed}
                          onChange={(checked) => void toggle(session, checked)}
                        />
                      </li>
                    );
                  })}
                </ul>
              </fieldset>
            ))}
          </>
        )
      )}
      <div class="release-saved">
        <Message kind={message.kind}>{message.text}</Message>
      </div>
    </StaffScreen>
  );
}

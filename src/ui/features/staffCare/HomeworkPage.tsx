import { homeworkCount, loadHomework, type SessionHomework } from '../../../core/homework';
import { recordsChanged } from '../../../core/records';
import { openSessions } from '../../../core/release';
import { getProgram, sessionOrder } from '../../../content/load';
import { i18next, toLanguage } from '../../../i18n';
import { useLoad } from '../../useSignal';
import { participantPath } from '../staff/participantLinks';
import { StaffScreen } from '../staff/StaffScreen';
import type { StaffPageProps } from '../staff/types';
import { StateIcon } from './StateIcon';
import { useStaffParticipant } from './useStaffParticipant';
import { useStrings } from './useStrings';
import './staffCare.css';

/** The huiswerk overview for trainer and begeleider: per open session what was given, done and open. No answers. */
export function HomeworkPage({ params }: StaffPageProps) {
  const s = useStrings();
  const id = params.id!;
  const who = useStaffParticipant(id);
  const sessions = useLoad(
    async () => {
      if (!who) return undefined;
      const program = getProgram(who.profile.program);
      if (!program) return [];
      return loadHomework(who.access, program.id, await openSessions(id, sessionOrder(program)));
    },
    [recordsChanged],
    [who],
  );
  if (who === undefined) return null;
  if (who === null) return <StaffScreen title={s.notFound} back="/staf" />;
  const withHomework = (sessions ?? []).filter((session) => session.items.length > 0);
  const without = (sessions ?? []).filter((session) => session.items.length === 0).map((session) => session.session);
  return (
    <StaffScreen title={s.homeworkTitle(who.profile.displayName)} back={participantPath(id)}>
      <p>{s.homeworkIntro}</p>
      {sessions && withHomework.length === 0 && <p>{s.noneOpen}</p>}
      {withHomework.map((session) => (
        <SessionBlock key={session.session} session={session} />
      ))}
      {without.length > 0 && <p class="muted">{s.noHomework(without.join(', '))}</p>}
    </StaffScreen>
  );
}

function SessionBlock({ session }: { session: SessionHomework }) {
  const s = useStrings();
  const language = toLanguage(i18next.language);
  const { done, total } = homeworkCount(session.items);
  const headingId = `homework-${session.session.replace('.', '-')}`;
  return (
    <section class="homework-session" aria-labelledby={headingId}>
      <h2 id={headingId}>{s.lesson(session.session, session.title[language])}</h2>
      {total > 0 && <p class="homework-count">{s.count(done, total)}</p>}
      <ul class="homework-items">
        {session.items.map((item) => (
          <li key={item.screen} class={`homework-item is-${item.state}`}>
            <StateIcon state={item.state} size={40} />
            <div>
              <p class="homework-state">{s.states[item.state]}</p>
              <p class="homework-title">{item.title[language]}</p>
              {item.text.map((line) => (
                <p key={line.nl} class="homework-text">
                  {line[language]}
                </p>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { ComponentChildren } from 'preact';
import { getProgram, sessionOrder, sessionSummary } from '../../../content/load';
import { listCheckInDays } from '../../../core/checkins';
import { listMotivationScores } from '../../../core/motivation';
import { profilesChanged, type ProfileCard } from '../../../core/profiles';
import { listDoneSessions } from '../../../core/progress';
import { recordsChanged } from '../../../core/records';
import { openSessions } from '../../../core/release';
import { i18next, toLanguage } from '../../../i18n';
import { Screen } from '../../components/Screen';
import { Icon, type UiIconName } from '../../icons/Icon.tsx';
import { navigate } from '../../router';
import { useLoad } from '../../useSignal';
import { useT } from '../../useT';
import { SessionTile, type SessionState } from '../workbook/SessionTile';
import { CheckInCharts } from './CheckInCharts';
import { LinesIcon } from './JourneyIcons';
import { MotivationChart } from './MotivationChart';
import { Mountain } from './Mountain';
import { currentStop } from './mountainGeometry';
import { STRINGS } from './strings';
import './journey.css';

/** "Mijn reis": the sessions as a climb up a mountain, and charts of how it went over time. */
export function JourneyPage({ profile }: { profile: ProfileCard }) {
  useT();
  const s = STRINGS[toLanguage(i18next.language)];
  const program = getProgram(profile.program);
  const order = program ? sessionOrder(program) : [];
  const states = useLoad(
    async () => {
      if (!program) return [];
      const [open, done] = await Promise.all([openSessions(profile.id, order), listDoneSessions(program.id)]);
      return order.map((id): SessionState => (done.has(id) ? 'done' : open.includes(id) ? 'open' : 'closed'));
    },
    [recordsChanged, profilesChanged],
    [profile.id],
  );
  const days = useLoad(listCheckInDays, [recordsChanged]);
  const motivation = useLoad(() => listMotivationScores(profile.program), [recordsChanged], [profile.id]);

  return (
    <Screen title={s.title}>
      <p>{s.intro}</p>
      <p>{s.metaphor}</p>
      {program && states && <Climb profile={profile} programId={program.id} order={order} states={states} />}
      <section class="journey-section" aria-labelledby="journey-days">
        <h2 id="journey-days">{s.howItWent}</h2>
        {days?.length === 0 && (
          <>
            <p>{s.noCheckIns}</p>
            <NavButton icon="next" path="/hoe-gaat-het" primary>
              {s.checkInNow}
            </NavButton>
          </>
        )}
        {days && days.length > 0 && <CheckInCharts days={days} />}
        <div class="button-row">
          <NavButton icon="list" path="/mijn-dagen">
            {s.toDays}
          </NavButton>
        </div>
      </section>
      {motivation && <MotivationChart program={profile.program} max={motivation.max} scores={motivation.scores} />}
    </Screen>
  );
}

/** The mountain, where the participant is in words, the way on, and every lesson as a list. */
function Climb({ profile, programId, order, states }: { profile: ProfileCard; programId: string; order: readonly string[]; states: readonly SessionState[] }) {
  const language = toLanguage(i18next.language);
  const s = STRINGS[language];
  const current = currentStop(states);
  const doneCount = states.filter((state) => state === 'done').length;
  const next = order[current];
  const nextOpen = next !== undefined && states[current] === 'open';
  return (
    <div class="journey-climb">
      <Mountain profile={profile} states={states} current={current} />
      <div class="journey-status">
        <p class="journey-progress">{s.progress(doneCount, order.length)}</p>
        {current >= order.length ? (
          <p>{s.top}</p>
        ) : nextOpen ? (
          <>
            <p>{s.here(next, sessionSummary(programId, next)?.title[language] ?? '')}</p>
            <NavButton icon="next" path={`/les/${next}/1`} primary>
              {s.goOn(next)}
            </NavButton>
          </>
        ) : (
          <p>{s.waiting}</p>
        )}
        <details class="journey-lessons">
          <summary class="btn btn-secondary">
            <LinesIcon size={32} />
            <span>{s.allLessons}</span>
          </summary>
          <ol class="session-list">
            {order.map((id, i) => (
              <li key={id}>
                <SessionTile programId={programId} sessionId={id} state={states[i] ?? 'closed'} />
              </li>
            ))}
          </ol>
        </details>
      </div>
    </div>
  );
}

/** A link that looks like a button and moves inside the app (a full page load would lock the workbook). */
function NavButton({ icon, path, primary = false, children }: { icon: UiIconName; path: string; primary?: boolean; children: ComponentChildren }) {
  return (
    <a
      class={`btn ${primary ? 'btn-primary' : 'btn-secondary'}`}
      href={path}
      onClick={(event) => {
        event.preventDefault();
        navigate(path);
      }}
    >
      <Icon name={icon} size={32} />
      <span>{children}</span>
    </a>
  );
}

import { getProgram, sessionOrder } from '../../../content/load';
import type { Program } from '../../../content/types';
import { listDoneSessions } from '../../../core/progress';
import { recordsChanged } from '../../../core/records';
import { openSessions } from '../../../core/release';
import { profilesChanged, type ProfileCard } from '../../../core/profiles';
import { i18next, toLanguage } from '../../../i18n';
import { Screen } from '../../components/Screen';
import { useLoad } from '../../useSignal';
import { useT } from '../../useT';
import { SessionTile, type SessionState } from './SessionTile';

/** "Mijn werkboek": the sessions of the participant's program by module: done, open, or not open yet. */
export function Workbook({ profile }: { profile: ProfileCard }) {
  const t = useT();
  const language = toLanguage(i18next.language);
  const program = getProgram(profile.program);
  const states = useLoad(
    async () => {
      if (!program) return new Map<string, SessionState>();
      const [open, done] = await Promise.all([openSessions(profile.id, sessionOrder(program)), listDoneSessions(program.id)]);
      return new Map(sessionOrder(program).map((id): [string, SessionState] => [id, done.has(id) ? 'done' : open.includes(id) ? 'open' : 'closed']));
    },
    [recordsChanged, profilesChanged],
    [profile.id],
  );
  if (!program || !states) return <Screen title={t('workbook.title')} />;
  return (
    <Screen title={t('workbook.title')}>
      <p class="program-name">{program.title[language]}</p>
      {program.draft && <p class="message message-info">{t('workbook.draft')}</p>}
      {program.modules.map((module) => (
        <ModuleList key={module.number} program={program} module={module} states={states} language={language} />
      ))}
    </Screen>
  );
}

function ModuleList({ program, module, states, language }: { program: Program; module: Program['modules'][number]; states: Map<string, SessionState>; language: 'nl' | 'en' }) {
  const t = useT();
  const headingId = `module-${module.number}`;
  return (
    <section aria-labelledby={headingId} class="module">
      <h2 id={headingId}>{program.modules.length > 1 ? t('workbook.module', { number: module.number, title: module.title[language] }) : module.title[language]}</h2>
      <ol class="session-list">
        {module.sessions.map((id) => (
          <li key={id}>
            <SessionTile programId={program.id} sessionId={id} state={states.get(id) ?? 'closed'} />
          </li>
        ))}
      </ol>
    </section>
  );
}

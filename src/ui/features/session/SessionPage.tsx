import { Screen } from '../../components/Screen';
import { IconButton } from '../../components/IconButton';
import { getProgram, loadSession, sessionOrder } from '../../../content/load';
import { markSessionDone } from '../../../core/progress';
import { openSessions } from '../../../core/release';
import type { ProfileCard } from '../../../core/profiles';
import { i18next, toLanguage } from '../../../i18n';
import { navigate } from '../../router';
import { useLoad } from '../../useSignal';
import { useT } from '../../useT';
import { ScreenView } from './ScreenView';

/** The session player: one screen at a time, big Terug / Verder, never moving on by itself. */
export function SessionPage({ profile, sessionId, screenNumber }: { profile: ProfileCard; sessionId: string; screenNumber: number }) {
  const t = useT();
  const language = toLanguage(i18next.language);
  const data = useLoad(
    async () => {
      const program = getProgram(profile.program);
      if (!program) return { state: 'missing' as const };
      // The content chunk loads while the release state is read (it is precached; closed is rare).
      const [open, session] = await Promise.all([openSessions(profile.id, sessionOrder(program)), loadSession(program.id, sessionId)]);
      if (!open.includes(sessionId)) return { state: 'closed' as const };
      return session ? { state: 'ready' as const, program, session } : { state: 'missing' as const };
    },
    [],
    [profile.id, sessionId],
  );
  if (!data) return <Screen title={t('session.loading')} />;
  if (data.state !== 'ready') {
    return (
      <Screen title={data.state === 'closed' ? t('session.closed') : t('session.notFound')}>
        <IconButton icon="back" variant="primary" onClick={() => navigate('/mijn-werkboek')}>
          {t('session.toWorkbook')}
        </IconButton>
      </Screen>
    );
  }
  const { program, session } = data;
  const total = session.screens.length;
  const index = Math.min(Math.max(screenNumber, 1), total) - 1;
  const screen = session.screens[index]!;
  const go = (number: number) => navigate(`/les/${session.id}/${number}`);
  const finish = async () => {
    await markSessionDone(program.id, session.id);
    navigate('/mijn-werkboek');
  };

  return (
    <Screen title={`${session.id} ${session.title[language]}`}>
      <p class="step-count">{t('session.screenOf', { n: index + 1, total })}</p>
      <progress class="session-progress" max={total} value={index + 1} aria-hidden="true" />
      <ScreenView key={screen.id} program={program.id} session={session} screen={screen} language={language} />
      <div class="button-row nav-row">
        {index > 0 ? (
          <IconButton icon="back" onClick={() => go(index)}>
            {t('nav.back')}
          </IconButton>
        ) : (
          <span />
        )}
        {index < total - 1 ? (
          <IconButton icon="next" variant="primary" onClick={() => go(index + 2)}>
            {t('nav.next')}
          </IconButton>
        ) : (
          <IconButton icon="check" variant="primary" onClick={finish}>
            {t('session.finish')}
          </IconButton>
        )}
      </div>
    </Screen>
  );
}

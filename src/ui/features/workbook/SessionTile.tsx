import { sessionSummary } from '../../../content/load';
import { i18next, toLanguage } from '../../../i18n';
import { Icon } from '../../icons/Icon.tsx';
import { navigate } from '../../router';
import { useT } from '../../useT';

/** Where a session stands for this participant. */
export type SessionState = 'done' | 'open' | 'closed';

/** One session in the list: its number, title and state in icon and word (never by colour alone). */
export function SessionTile({ programId, sessionId, state }: { programId: string; sessionId: string; state: SessionState }) {
  const t = useT();
  const language = toLanguage(i18next.language);
  const title = sessionSummary(programId, sessionId)?.title[language] ?? '';
  const stateWord = state === 'done' ? t('workbook.done') : state === 'open' ? t('workbook.open') : t('workbook.closed');
  const icon = state === 'done' ? 'check' : state === 'open' ? 'next' : 'lock';
  const body = (
    <>
      <span class="session-number">{sessionId}</span>
      <span class="session-title">{title}</span>
      <span class="session-state">
        <Icon name={icon} size={28} />
        {stateWord}
      </span>
    </>
  );
  if (state === 'closed') return <div class="session-tile is-closed">{body}</div>;
  return (
    <a
      class={`session-tile is-${state}`}
      href={`/les/${sessionId}/1`}
      onClick={(event) => {
        event.preventDefault();
        navigate(`/les/${sessionId}/1`);
      }}
    >
      {body}
    </a>
  );
}

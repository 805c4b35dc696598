import { sessionOrder, sessionSummary } from '../../../content/load';
import type { Program } from '../../../content/types';
import type { Language } from '../../../i18n';
import { SessionCheck, type SessionShape } from './SessionCheck';
import { useStrings } from './useStrings';

/** How one session's line shows: ticked or not, its look and the word beside it. */
export interface SessionLine {
  checked: boolean;
  shape: SessionShape;
  stateWord: string;
}

/**
 * The sessions of a program by module, one tick box each; the first session is always open.
 * `lineOf` says how each line shows; `onToggle` saves a tap.
 */
export function ReleaseList({ program, language, lineOf, onToggle }: {
  program: Program;
  language: Language;
  lineOf: (session: string, alwaysOpen: boolean) => SessionLine;
  onToggle: (session: string, open: boolean) => void;
}) {
  const s = useStrings();
  const first = sessionOrder(program)[0];
  return (
    <>
      {program.modules.map((module) => (
        <fieldset key={module.number} class="release-module">
          <legend>
            <h2>{program.modules.length > 1 ? s.module(module.number, module.title[language]) : module.title[language]}</h2>
          </legend>
          <ul class="release-list">
            {module.sessions.map((session) => {
              const always = session === first;
              return (
                <li key={session}>
                  <SessionCheck
                    sessionId={session}
                    title={sessionSummary(program.id, session)?.title[language] ?? ''}
                    disabled={always}
                    {...lineOf(session, always)}
                    onChange={(checked) => onToggle(session, checked)}
                  />
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </>
  );
}

import type { Screen, Session } from '../../../content/types';
import type { Language } from '../../../i18n';
import { WorkbookIcon } from '../../icons/workbook.tsx';
import { useT } from '../../useT';
import { ExerciseSlot } from './ExerciseSlot';

interface ScreenViewProps {
  program: string;
  session: Session;
  screen: Screen;
  language: Language;
}

/** One screen of a session: its workbook icon with its word, the title, short text, and the exercise. */
export function ScreenView({ program, session, screen, language }: ScreenViewProps) {
  const t = useT();
  const word = screen.section === 'checkIn' || screen.section === 'checkOut' ? t(`parts.${screen.section}`) : t(`parts.${screen.icon}`);
  return (
    <article class="session-screen" aria-labelledby="screen-title">
      <p class="part-label">
        <WorkbookIcon kind={screen.icon} size={40} />
        <span>{word}</span>
      </p>
      <h2 id="screen-title" tabIndex={-1} data-autofocus>
        {screen.title[language]}
      </h2>
      {screen.text?.map((paragraph, index) => (
        <p key={index}>{paragraph[language]}</p>
      ))}
      {screen.exercise && (
        <ExerciseSlot
          key={`${session.id}/${screen.id}`}
          exercise={screen.exercise}
          answerKey={{ program, session: session.id, screen: screen.id }}
          language={language}
          labelledBy="screen-title"
        />
      )}
    </article>
  );
}

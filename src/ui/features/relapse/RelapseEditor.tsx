import type { ProfileCard } from '../../../core/profiles';
import type { Language } from '../../../i18n';
import { ExerciseSlot } from '../session/ExerciseSlot';
import { RELAPSE_SESSION, type RelapseCard } from './loadRelapseCard';
import { PhaseHead } from './PhaseView';
import { STRINGS } from './strings';

interface EditorProps {
  profile: ProfileCard;
  card: RelapseCard;
  language: Language;
}

/**
 * The card in edit mode: the very exercises of lesson 3.9, saved to the same answers as the
 * lesson, so the lesson and the card always show the same.
 */
export function RelapseEditor({ profile, card, language }: EditorProps) {
  const s = STRINGS[language];
  const key = (screen: string) => ({ program: profile.program, session: RELAPSE_SESSION, screen });
  return (
    <>
      <p>{s.editIntro}</p>
      {card.phases.map(({ id, lesson }) =>
        lesson ? (
          <section key={id} class={`phase phase-${id}`} aria-labelledby={`edit-${id}`}>
            <PhaseHead phase={id} word={s.phases[id].word} says={s.phases[id].says} headingId={`edit-${id}`} />
            <ExerciseSlot exercise={lesson.exercise} answerKey={key(lesson.screen)} language={language} labelledBy={`edit-${id}`} />
          </section>
        ) : null,
      )}
      {card.tell.lesson && (
        <section class="phase phase-tell" aria-labelledby="edit-tell">
          <h2 id="edit-tell">{s.tell}</h2>
          <ExerciseSlot exercise={card.tell.lesson.exercise} answerKey={key(card.tell.lesson.screen)} language={language} labelledBy="edit-tell" />
        </section>
      )}
    </>
  );
}

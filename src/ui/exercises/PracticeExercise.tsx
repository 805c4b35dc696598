import { useRef } from 'preact/hooks';
import type { PracticeAnswer } from '../../exercises/practice';
import type { ExerciseProps } from './contract';
import './exercises.css';
import { BreathingGuide } from './practice/BreathingGuide';
import { PracticeCards } from './practice/PracticeCards';
import { STRINGS } from './strings.practice';

/** Guided practice: breathing with an animated guide, or cards one by one. Counts each time it is done. */
export function PracticeExercise({ exercise, answer, onChange, language, labelledBy }: ExerciseProps<'practice', PracticeAnswer>) {
  const s = STRINGS[language];
  const latest = useRef(answer);
  latest.current = answer;
  const done = () => onChange({ timesDone: latest.current.timesDone + 1, lastDoneAt: Date.now() });
  return (
    <div class="stack exercise-practice" role="group" aria-labelledby={labelledBy}>
      <p class="exercise-label">{exercise.label[language]}</p>
      {answer.timesDone > 0 && <p class="practice-times">{s.timesDone(answer.timesDone)}</p>}
      {exercise.kind === 'breathing' ? (
        <BreathingGuide language={language} onDone={done} />
      ) : (
        <PracticeCards cards={exercise.cards ?? []} language={language} onDone={done} />
      )}
    </div>
  );
}

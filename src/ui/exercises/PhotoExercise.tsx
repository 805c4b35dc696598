import { useRef } from 'preact/hooks';
import type { PhotoAnswer } from '../../exercises/photo';
import type { ExerciseProps } from './contract';
import './exercises.css';
import { PhotoList } from './photo/PhotoList';

/** Photos from the camera or the gallery, shrunk and stored encrypted; several are allowed. */
export function PhotoExercise({ exercise, answer, onChange, language, labelledBy }: ExerciseProps<'photo', PhotoAnswer>) {
  // Saving photos takes a while: add to the newest answer, not the one of the moment of picking.
  const latest = useRef(answer);
  latest.current = answer;
  return (
    <div class="stack exercise-photo" role="group" aria-labelledby={labelledBy}>
      <p class="exercise-label">{exercise.label[language]}</p>
      <PhotoList
        ids={answer.media}
        language={language}
        onAdded={(added) => onChange({ media: [...latest.current.media, ...added] })}
        onRemoved={(id) => onChange({ media: latest.current.media.filter((item) => item !== id) })}
      />
    </div>
  );
}

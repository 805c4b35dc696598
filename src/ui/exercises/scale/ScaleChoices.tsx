import type { ComponentChildren } from 'preact';
import type { ExerciseOf } from '../../../exercises/model';
import { SCALE_MAX, SCALE_WORDS, type ScaleValue } from '../../../exercises/scale';
import type { Language } from '../../../i18n';
import { MoodFace } from '../../icons/moods.tsx';
import { LevelPicture } from './LevelPicture';

interface ChoicesProps {
  exercise: ExerciseOf<'scale'>;
  value: ScaleValue;
  name: string;
  language: Language;
  onChoose: (value: ScaleValue) => void;
}

const FACES = [1, 2, 3, 4, 5] as const;

/** One big radio button per point of the scale, with its picture; "Weet ik niet" comes last. */
export function ScaleChoices({ exercise, value, name, language, onChoose }: ChoicesProps) {
  const words = SCALE_WORDS[language];
  const choice = (point: number | 'unknown', picture: ComponentChildren, word: string, extra = '') => (
    <label key={point} class={`choice ${extra} ${value === point ? 'is-chosen' : ''}`}>
      <input type="radio" name={name} value={String(point)} checked={value === point} onChange={() => onChoose(point)} />
      {picture}
      <span>{word}</span>
    </label>
  );

  if (exercise.scale === 'faces') {
    return (
      <div class="choice-grid scale-faces">
        {FACES.map((mood) => choice(mood, <MoodFace mood={mood} size={64} />, words.faces[mood - 1]))}
        {choice('unknown', <MoodFace mood="unknown" size={64} />, words.unknown)}
      </div>
    );
  }
  const max = SCALE_MAX[exercise.scale];
  const look = exercise.scale === 'zeroToTen' ? 'thermometer' : 'bar';
  return (
    <>
      <div class={`scale-numbers scale-${exercise.scale}`}>
        {Array.from({ length: max + 1 }, (_, n) => choice(n, <LevelPicture level={n} max={max} look={look} />, String(n), 'scale-number'))}
      </div>
      {choice('unknown', null, words.unknown, 'choice-wide scale-unknown')}
    </>
  );
}

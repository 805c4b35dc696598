import { useId } from 'preact/hooks';
import { SCALE_MAX, type ScaleAnswer } from '../../exercises/scale';
import type { ExerciseProps } from './contract';
import './exercises.css';
import { ScaleChoices } from './scale/ScaleChoices';
import { STRINGS } from './strings.scale';
import { LazyVoiceRecorder } from './voice/LazyVoiceRecorder';

/** Longest "waarom?" text kept. */
const WHY_MAX_CHARS = 2000;

/** belang 0-5, emotie-thermometer 0-10 or five faces, by tapping; then "waarom?", typed or spoken. */
export function ScaleExercise({ exercise, answer, onChange, language, labelledBy }: ExerciseProps<'scale', ScaleAnswer>) {
  const s = STRINGS[language];
  const id = useId();
  const { low, high } = exercise;
  const showEnds = exercise.scale !== 'faces' && (low || high);
  return (
    <div class="stack exercise-scale" role="group" aria-labelledby={labelledBy}>
      <fieldset class="stack" aria-describedby={showEnds ? `${id}-ends` : undefined}>
        <legend>{exercise.label[language]}</legend>
        {showEnds && (
          <p id={`${id}-ends`} class="scale-ends">
            {low && <span>{s.end(0, low[language])}</span>}
            {high && <span>{s.end(SCALE_MAX[exercise.scale], high[language])}</span>}
          </p>
        )}
        <ScaleChoices exercise={exercise} value={answer.value} name={`${id}-scale`} language={language} onChoose={(value) => onChange({ ...answer, value })} />
      </fieldset>
      {exercise.why && (
        <div class="stack scale-why" role="group" aria-labelledby={`${id}-why`}>
          <p id={`${id}-why`} class="scale-why-question">
            {exercise.why[language]}
          </p>
          <label for={`${id}-why-text`}>{s.whyLabel}</label>
          <textarea
            id={`${id}-why-text`}
            rows={4}
            maxLength={WHY_MAX_CHARS}
            value={answer.why ?? ''}
            onInput={(event) => onChange({ ...answer, why: event.currentTarget.value })}
          />
          <LazyVoiceRecorder
            value={answer.whyRecording}
            label={s.speak}
            language={language}
            onChange={(whyRecording) => onChange(withWhyRecording(answer, whyRecording))}
          />
        </div>
      )}
    </div>
  );
}

/** The answer with a new spoken "waarom?", or without one (the key goes, so the shape stays valid). */
function withWhyRecording(answer: ScaleAnswer, whyRecording: string | undefined): ScaleAnswer {
  const { whyRecording: _old, ...rest } = answer;
  return whyRecording ? { ...rest, whyRecording } : rest;
}

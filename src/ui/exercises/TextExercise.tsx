import { useId } from 'preact/hooks';
import type { TextAnswer } from '../../exercises/text';
import type { ExerciseProps } from './contract';
import './exercises.css';
import { STRINGS } from './strings.text';
import { LazyVoiceRecorder } from './voice/LazyVoiceRecorder';

/** Longest text kept in one answer: far more than anyone types, small enough to store quickly. */
const TEXT_MAX_CHARS = 5000;

/** Free text, typed in a box or spoken with the voice recorder. */
export function TextExercise({ exercise, answer, onChange, language, labelledBy }: ExerciseProps<'text', TextAnswer>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const field = {
    id,
    value: answer.text,
    maxLength: TEXT_MAX_CHARS,
    'aria-describedby': exercise.hint ? hintId : undefined,
    onInput: (event: Event) => onChange({ ...answer, text: (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value }),
  };
  return (
    <div class="stack exercise-text" role="group" aria-labelledby={labelledBy}>
      <label for={id}>{exercise.label[language]}</label>
      {exercise.hint && (
        <p id={hintId} class="hint">
          {exercise.hint[language]}
        </p>
      )}
      {exercise.short ? <input type="text" {...field} /> : <textarea rows={5} {...field} />}
      <LazyVoiceRecorder
        value={answer.recording}
        label={STRINGS[language].speak}
        language={language}
        onChange={(recording) => onChange(withRecording(answer, recording))}
      />
    </div>
  );
}

/** The answer with a new recording id, or without one (the key goes, so the shape stays valid). */
function withRecording(answer: TextAnswer, recording: string | undefined): TextAnswer {
  const { recording: _old, ...rest } = answer;
  return recording ? { ...rest, recording } : rest;
}

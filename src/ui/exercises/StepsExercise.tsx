import { useEffect, useId, useRef } from 'preact/hooks';
import { IconButton } from '../components/IconButton';
import { isRecord, isString, withRecording } from '../../exercises/model';
import { newStep, type Step, type StepsAnswer } from '../../exercises/steps';
import type { ExerciseProps } from './contract';
import { StepCard } from './StepCard';
import { STRINGS } from './strings.steps';
import { useEarlierAnswer } from './useEarlierAnswer';
import { useFocusLater } from './useFocusLater';
import { LazyVoiceRecorder } from './voice/LazyVoiceRecorder';
import { forgetRecordings } from './voice/forgetRecordings';
import { STRINGS as VOICE } from './voice/strings';
import './exercises.css';

/** The text of an earlier text answer (`{ text }`), or of a plain string. */
function earlierGoal(value: unknown): string {
  if (isString(value)) return value.trim();
  return isRecord(value) && isString(value.text) ? value.text.trim() : '';
}

/** A goal in small steps, each with a reward; ticking a step done answers with a kind word. */
export function StepsExercise({ exercise, answer, onChange, language, context, labelledBy }: ExerciseProps<'steps', StepsAnswer>) {
  const s = STRINGS[language];
  const uid = useId();
  const focusLater = useFocusLater();
  const latest = useRef(answer);
  latest.current = answer;
  const earlier = useEarlierAnswer(exercise.goalFrom, context);
  useEffect(() => {
    // Only an empty goal is filled in: what the participant wrote here always wins.
    const goal = earlierGoal(earlier);
    if (goal && latest.current.goal.trim() === '') onChange({ ...latest.current, goal });
  }, [earlier]);

  const update = (next: Step) => onChange({ ...answer, steps: answer.steps.map((step) => (step.id === next.id ? next : step)) });
  const setRecording = (id: string, recording: string | undefined) => {
    // A recording that ends after its step was removed has nothing left to belong to.
    const { steps } = latest.current;
    if (!steps.some((step) => step.id === id)) return forgetRecordings(recording);
    onChange({ ...latest.current, steps: steps.map((step) => (step.id === id ? withRecording(step, 'recording', recording) : step)) });
  };
  const add = () => {
    const step = newStep();
    onChange({ ...answer, steps: [...answer.steps, step] });
    focusLater(`${uid}-${step.id}-text`);
  };
  const remove = (id: string) => {
    onChange({ ...answer, steps: answer.steps.filter((step) => step.id !== id) });
    forgetRecordings(answer.steps.find((step) => step.id === id)?.recording);
    focusLater(`${uid}-add`);
  };

  return (
    <div class="stack exercise-steps" role="group" aria-labelledby={labelledBy}>
      <p class="exercise-question" id={`${uid}-label`}>
        {exercise.label[language]}
      </p>
      <label for={`${uid}-goal`}>{s.goal}</label>
      <textarea id={`${uid}-goal`} rows={2} maxLength={1000} value={answer.goal} onInput={(e) => onChange({ ...answer, goal: e.currentTarget.value })} />
      <LazyVoiceRecorder
        value={answer.goalRecording}
        label={VOICE[language].speakInstead}
        name={s.goal}
        language={language}
        onChange={(recording) => onChange(withRecording(latest.current, 'goalRecording', recording))}
      />
      {answer.steps.length > 0 ? (
        <ol class="step-list" aria-labelledby={`${uid}-label`}>
          {answer.steps.map((step, index) => (
            <StepCard key={step.id} step={step} number={index + 1} idBase={`${uid}-${step.id}`} language={language} onChange={update} onRecording={(recording) => setRecording(step.id, recording)} onRemove={() => remove(step.id)} />
          ))}
        </ol>
      ) : (
        <p>{s.none}</p>
      )}
      <IconButton icon="plus" id={`${uid}-add`} onClick={add}>
        {s.add}
      </IconButton>
    </div>
  );
}

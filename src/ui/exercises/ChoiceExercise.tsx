import { useId, useRef } from 'preact/hooks';
import { ownRecording, withOwnRecordings, type ChoiceAnswer } from '../../exercises/choice';
import { newItemId } from '../../exercises/model';
import { IconButton } from '../components/IconButton';
import type { ExerciseProps } from './contract';
import { ChoiceTile } from './ChoiceTile';
import { RemoveButton } from './RemoveButton';
import { STRINGS } from './strings.choice';
import { useFocusLater } from './useFocusLater';
import { LazyVoiceRecorder } from './voice/LazyVoiceRecorder';
import { forgetRecordings } from './voice/forgetRecordings';
import { STRINGS as VOICE } from './voice/strings';
import './exercises.css';

/** Big tiles with a pictogram and a word; checkboxes when more may be chosen, else radios; "iets anders" adds own items, typed or spoken. */
export function ChoiceExercise({ exercise, answer, onChange, language }: ExerciseProps<'choice', ChoiceAnswer>) {
  const s = STRINGS[language];
  const uid = useId();
  const focusLater = useFocusLater();
  // Own items are plain strings; keys kept beside them stop a removed item's "Weghalen?" state passing to the next one.
  const keys = useRef<string[]>([]);
  while (keys.current.length < answer.other.length) keys.current.push(newItemId());
  keys.current.length = answer.other.length;
  // A recording is stored after a wait; it joins the newest answer, not the one it started with.
  const latest = useRef(answer);
  latest.current = answer;

  const choose = (id: string, checked: boolean) => {
    if (!exercise.multiple) return onChange({ ...answer, chosen: [id] });
    const others = answer.chosen.filter((chosen) => chosen !== id);
    onChange({ ...answer, chosen: checked ? [...others, id] : others });
  };
  const setOwn = (index: number, text: string) => onChange({ ...answer, other: answer.other.map((item, i) => (i === index ? text : item)) });
  const recordingsOf = (next: ChoiceAnswer) => next.other.map((_, i) => ownRecording(next, i));
  const setOwnRecording = (key: string, recording: string | undefined) => {
    const index = keys.current.indexOf(key);
    // A recording that ends after its own item was removed has nothing left to belong to.
    if (index < 0) return forgetRecordings(recording);
    const next = latest.current;
    onChange(withOwnRecordings(next, recordingsOf(next).map((old, i) => (i === index ? recording : old))));
  };
  const addOwn = () => {
    keys.current.push(newItemId());
    onChange(withOwnRecordings({ ...answer, other: [...answer.other, ''] }, recordingsOf(answer)));
    focusLater(`${uid}-own-${keys.current.at(-1)}`);
  };
  const removeOwn = (index: number) => {
    keys.current.splice(index, 1);
    const kept = recordingsOf(answer).filter((_, i) => i !== index);
    onChange(withOwnRecordings({ ...answer, other: answer.other.filter((_, i) => i !== index) }, kept));
    forgetRecordings(ownRecording(answer, index));
    focusLater(`${uid}-add`);
  };

  return (
    <fieldset class="stack exercise-choice" aria-describedby={`${uid}-how`}>
      <legend>{exercise.label[language]}</legend>
      <p class="hint" id={`${uid}-how`}>
        {exercise.multiple ? s.pickMany : s.pickOne}
      </p>
      <div class="choice-grid choice-tiles">
        {exercise.options.map((option) => (
          <ChoiceTile
            key={option.id}
            option={option}
            type={exercise.multiple ? 'checkbox' : 'radio'}
            name={uid}
            checked={answer.chosen.includes(option.id)}
            language={language}
            onChange={(checked) => choose(option.id, checked)}
          />
        ))}
      </div>
      {exercise.other && (
        <div class="stack choice-own">
          {answer.other.map((text, index) => {
            const key = keys.current[index]!;
            const label = s.own(index + 1);
            return (
              <div key={key} class="choice-own-item">
                <label for={`${uid}-own-${key}`}>{label}</label>
                <input type="text" id={`${uid}-own-${key}`} maxLength={300} value={text} onInput={(e) => setOwn(index, e.currentTarget.value)} />
                <LazyVoiceRecorder
                  value={ownRecording(answer, index)}
                  label={VOICE[language].speakInstead}
                  name={label}
                  language={language}
                  onChange={(recording) => setOwnRecording(key, recording)}
                />
                <RemoveButton name={text.trim() || label} language={language} onRemove={() => removeOwn(index)} />
              </div>
            );
          })}
          <IconButton icon="plus" id={`${uid}-add`} onClick={addOwn}>
            {s.other}
          </IconButton>
        </div>
      )}
    </fieldset>
  );
}

import { useId, useRef } from 'preact/hooks';
import { IconButton } from '../components/IconButton';
import { emptyListItem, type ListAnswer } from '../../exercises/list';
import { withRecording } from '../../exercises/model';
import type { ExerciseProps } from './contract';
import { ListCard } from './ListCard';
import { STRINGS } from './strings.list';
import { useFocusLater } from './useFocusLater';
import { forgetRecordings } from './voice/forgetRecordings';
import './exercises.css';

/** A list of items as cards (e.g. risicosituaties: waar / met wie / wat deed je). */
export function ListExercise({ exercise, answer, onChange, language, labelledBy }: ExerciseProps<'list', ListAnswer>) {
  const uid = useId();
  const focusLater = useFocusLater();
  // A recording is stored after a wait; it joins the newest answer, not the one it started with.
  const latest = useRef(answer);
  latest.current = answer;

  const setValue = (itemId: string, fieldId: string, value: string) =>
    onChange({ items: answer.items.map((item) => (item.id === itemId ? { ...item, values: { ...item.values, [fieldId]: value } } : item)) });
  const setRecording = (itemId: string, recording: string | undefined) => {
    // A recording that ends after its card was removed has nothing left to belong to.
    const { items } = latest.current;
    if (!items.some((item) => item.id === itemId)) return forgetRecordings(recording);
    onChange({ items: items.map((item) => (item.id === itemId ? withRecording(item, 'recording', recording) : item)) });
  };
  const add = () => {
    const item = emptyListItem(exercise);
    onChange({ items: [...answer.items, item] });
    if (exercise.fields[0]) focusLater(`${uid}-${item.id}-${exercise.fields[0].id}`);
  };
  const remove = (itemId: string) => {
    onChange({ items: answer.items.filter((item) => item.id !== itemId) });
    forgetRecordings(answer.items.find((item) => item.id === itemId)?.recording);
    focusLater(`${uid}-add`); // the card and its button are gone
  };

  return (
    <div class="stack exercise-list" role="group" aria-labelledby={labelledBy}>
      <p class="exercise-question" id={`${uid}-label`}>
        {exercise.label[language]}
      </p>
      {answer.items.length > 0 ? (
        <ol class="list-cards" aria-labelledby={`${uid}-label`}>
          {answer.items.map((item, index) => (
            <ListCard
              key={item.id}
              exercise={exercise}
              item={item}
              number={index + 1}
              idBase={`${uid}-${item.id}`}
              language={language}
              onValue={(fieldId, value) => setValue(item.id, fieldId, value)}
              onRecording={(recording) => setRecording(item.id, recording)}
              onRemove={() => remove(item.id)}
            />
          ))}
        </ol>
      ) : (
        <p>{STRINGS[language].none}</p>
      )}
      <IconButton icon="plus" id={`${uid}-add`} onClick={add}>
        {exercise.addLabel[language]}
      </IconButton>
    </div>
  );
}

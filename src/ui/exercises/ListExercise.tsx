import { useId } from 'preact/hooks';
import { IconButton } from '../components/IconButton';
import { emptyListItem, type ListAnswer } from '../../exercises/list';
import type { ExerciseProps } from './contract';
import { ListCard } from './ListCard';
import { STRINGS } from './strings.list';
import { useFocusLater } from './useFocusLater';
import './exercises.css';

/** A list of items as cards (e.g. risicosituaties: waar / met wie / wat deed je). */
export function ListExercise({ exercise, answer, onChange, language, labelledBy }: ExerciseProps<'list', ListAnswer>) {
  const uid = useId();
  const focusLater = useFocusLater();

  const setValue = (itemId: string, fieldId: string, value: string) =>
    onChange({ items: answer.items.map((item) => (item.id === itemId ? { ...item, values: { ...item.values, [fieldId]: value } } : item)) });
  const add = () => {
    const item = emptyListItem(exercise);
    onChange({ items: [...answer.items, item] });
    if (exercise.fields[0]) focusLater(`${uid}-${item.id}-${exercise.fields[0].id}`);
  };
  const remove = (itemId: string) => {
    onChange({ items: answer.items.filter((item) => item.id !== itemId) });
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

import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { IconButton } from '../components/IconButton';
import { Message } from '../components/Message';
import { earlierTexts } from '../../exercises/earlier';
import { newItemId, withRecording } from '../../exercises/model';
import { biggestFirst, RANK_SIZE_MAX, RANK_SIZE_MIN, rankSizeWord, withEarlierItems, type RankingAnswer, type RankingItem } from '../../exercises/ranking';
import type { ExerciseProps } from './contract';
import { RankBlock } from './RankBlock';
import { STRINGS } from './strings.ranking';
import { useEarlierAnswer } from './useEarlierAnswer';
import { useFocusLater } from './useFocusLater';
import { forgetRecordings } from './voice/forgetRecordings';
import './exercises.css';

/** Items as blocks, biggest first; "Groter" and "Kleiner" change a block by tapping. */
export function RankingExercise({ exercise, answer, onChange, language, context, labelledBy }: ExerciseProps<'ranking', RankingAnswer>) {
  const s = STRINGS[language];
  const uid = useId();
  const [status, setStatus] = useState('');
  const focusLater = useFocusLater();
  // The earlier answer arrives after the first render; merge it into the newest answer, not a stale one.
  const latest = useRef(answer);
  latest.current = answer;
  const earlier = useEarlierAnswer(exercise.itemsFrom, context);
  useEffect(() => {
    const merged = withEarlierItems(latest.current, earlierTexts(earlier));
    if (merged) onChange(merged);
  }, [earlier]);

  const update = (id: string, change: Partial<RankingItem>) => onChange({ items: answer.items.map((item) => (item.id === id ? { ...item, ...change } : item)) });

  const setRecording = (id: string, recording: string | undefined) => {
    // A recording that ends after its block was removed has nothing left to belong to.
    const { items } = latest.current;
    if (!items.some((item) => item.id === id)) return forgetRecordings(recording);
    onChange({ items: items.map((item) => (item.id === id ? withRecording(item, 'recording', recording) : item)) });
  };

  const resize = (item: RankingItem, change: 1 | -1) => {
    const name = item.text.trim() || s.untitled;
    const size = item.size + change;
    if (size > RANK_SIZE_MAX) return setStatus(s.biggest(name));
    if (size < RANK_SIZE_MIN) return setStatus(s.smallest(name));
    update(item.id, { size });
    setStatus(s.resized(name, rankSizeWord(size, language)));
    focusLater(`${uid}-${item.id}-${change > 0 ? 'bigger' : 'smaller'}`); // the block may have moved
  };
  const add = () => {
    const item = { id: newItemId(), text: '', size: RANK_SIZE_MIN };
    onChange({ items: [...answer.items, item] });
    focusLater(`${uid}-${item.id}-text`);
  };
  const remove = (id: string) => {
    onChange({ items: answer.items.filter((item) => item.id !== id) });
    forgetRecordings(answer.items.find((item) => item.id === id)?.recording);
    focusLater(`${uid}-add`);
  };

  return (
    <div class="stack exercise-ranking" role="group" aria-labelledby={labelledBy}>
      <p class="exercise-question" id={`${uid}-label`}>
        {exercise.label[language]}
      </p>
      <p class="hint">{s.hint}</p>
      {answer.items.length > 0 ? (
        <ul class="rank-list" aria-labelledby={`${uid}-label`}>
          {biggestFirst(answer.items).map((item) => (
            <RankBlock
              key={item.id}
              item={item}
              idBase={`${uid}-${item.id}`}
              language={language}
              onResize={(change) => resize(item, change)}
              onText={(text) => update(item.id, { text })}
              onRecording={(recording) => setRecording(item.id, recording)}
              onRemove={() => remove(item.id)}
            />
          ))}
        </ul>
      ) : (
        <p>{s.none}</p>
      )}
      <Message kind="info">{status}</Message>
      <IconButton icon="plus" id={`${uid}-add`} onClick={add}>
        {s.add}
      </IconButton>
    </div>
  );
}

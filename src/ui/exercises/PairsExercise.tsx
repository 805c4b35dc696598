import { useEffect, useId, useRef } from 'preact/hooks';
import { IconButton } from '../components/IconButton';
import { earlierTexts } from '../../exercises/earlier';
import { withRecording } from '../../exercises/model';
import { newPair, withEarlierLefts, type Pair, type PairsAnswer } from '../../exercises/pairs';
import type { ExerciseProps } from './contract';
import { PairRow } from './PairRow';
import { STRINGS } from './strings.pairs';
import { useEarlierAnswer } from './useEarlierAnswer';
import { useFocusLater } from './useFocusLater';
import { forgetRecordings } from './voice/forgetRecordings';
import './exercises.css';

/** Pairs in two columns, left → right (nadeel → voordeel, signaal → actie). */
export function PairsExercise({ exercise, answer, onChange, language, context, labelledBy }: ExerciseProps<'pairs', PairsAnswer>) {
  const s = STRINGS[language];
  const uid = useId();
  const focusLater = useFocusLater();
  // The earlier answer arrives after the first render; merge it into the newest answer, not a stale one.
  const latest = useRef(answer);
  latest.current = answer;
  const earlier = useEarlierAnswer(exercise.leftFrom, context);
  useEffect(() => {
    const merged = withEarlierLefts(latest.current, earlierTexts(earlier));
    if (merged) onChange(merged);
  }, [earlier]);

  const update = (next: Pair) => onChange({ pairs: answer.pairs.map((pair) => (pair.id === next.id ? next : pair)) });
  const setRecording = (id: string, side: 'leftRecording' | 'rightRecording', recording: string | undefined) => {
    // A recording that ends after its pair was removed has nothing left to belong to.
    const { pairs } = latest.current;
    if (!pairs.some((pair) => pair.id === id)) return forgetRecordings(recording);
    onChange({ pairs: pairs.map((pair) => (pair.id === id ? withRecording(pair, side, recording) : pair)) });
  };
  const add = () => {
    const pair = newPair();
    onChange({ pairs: [...answer.pairs, pair] });
    focusLater(`${uid}-${pair.id}-left`);
  };
  const remove = (id: string) => {
    const gone = answer.pairs.find((pair) => pair.id === id);
    onChange({ pairs: answer.pairs.filter((pair) => pair.id !== id) });
    forgetRecordings(gone?.leftRecording, gone?.rightRecording);
    focusLater(`${uid}-add`);
  };

  return (
    <div class="stack exercise-pairs" role="group" aria-labelledby={labelledBy}>
      <p class="exercise-question" id={`${uid}-label`}>
        {exercise.label[language]}
      </p>
      {answer.pairs.length > 0 ? (
        <ol class="pair-list" aria-labelledby={`${uid}-label`}>
          {answer.pairs.map((pair, index) => (
            <PairRow
              key={pair.id}
              exercise={exercise}
              pair={pair}
              number={index + 1}
              idBase={`${uid}-${pair.id}`}
              language={language}
              onChange={update}
              onRecording={(side, recording) => setRecording(pair.id, side, recording)}
              onRemove={() => remove(pair.id)}
            />
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

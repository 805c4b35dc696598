import { isEarlierItem } from '../../exercises/earlier';
import type { ExerciseOf } from '../../exercises/model';
import { pairLine, type Pair } from '../../exercises/pairs';
import type { Language } from '../../i18n';
import { NextIcon } from '../icons/navigation.tsx';
import { RemoveButton } from './RemoveButton';
import { STRINGS } from './strings.pairs';

interface Props {
  exercise: ExerciseOf<'pairs'>;
  pair: Pair;
  number: number;
  /** Prefix for the ids of the row's fields. */
  idBase: string;
  language: Language;
  onChange: (pair: Pair) => void;
  onRemove: () => void;
}

/** One pair: the left side, an arrow, the right side. A left side from an earlier answer is shown, not edited. */
export function PairRow({ exercise, pair, number, idBase, language, onChange, onRemove }: Props) {
  const s = STRINGS[language];
  const earlier = isEarlierItem(pair.id);
  const title = s.number(number);
  return (
    <li>
      <fieldset class="pair">
        <legend class="sr-only">{title}</legend>
        <div class="pair-side">
          {earlier ? (
            <>
              <span class="pair-title">{exercise.left[language]}</span>
              <p class="pair-given" id={`${idBase}-left`}>
                {pair.left}
              </p>
            </>
          ) : (
            <>
              <label for={`${idBase}-left`}>{exercise.left[language]}</label>
              <textarea id={`${idBase}-left`} rows={2} maxLength={1000} value={pair.left} onInput={(e) => onChange({ ...pair, left: e.currentTarget.value })} />
            </>
          )}
        </div>
        <span class="pair-arrow" aria-hidden="true">
          <NextIcon size={32} />
          <span>{s.leadsTo}</span>
        </span>
        <div class="pair-side">
          <label for={`${idBase}-right`}>{exercise.right[language]}</label>
          <textarea
            id={`${idBase}-right`}
            rows={2}
            maxLength={1000}
            value={pair.right}
            aria-describedby={earlier ? `${idBase}-left` : undefined}
            onInput={(e) => onChange({ ...pair, right: e.currentTarget.value })}
          />
        </div>
        {!earlier && (
          <div class="pair-remove">
            <RemoveButton name={pair.left.trim() || pair.right.trim() ? pairLine(pair) : title} language={language} onRemove={onRemove} />
          </div>
        )}
      </fieldset>
    </li>
  );
}

import { isEarlierItem } from '../../exercises/earlier';
import type { ExerciseOf } from '../../exercises/model';
import { pairLine, type Pair } from '../../exercises/pairs';
import type { Language } from '../../i18n';
import { NextIcon } from '../icons/navigation.tsx';
import { RemoveButton } from './RemoveButton';
import { STRINGS } from './strings.pairs';
import { LazyVoiceRecorder } from './voice/LazyVoiceRecorder';
import { STRINGS as VOICE } from './voice/strings';

interface Props {
  exercise: ExerciseOf<'pairs'>;
  pair: Pair;
  number: number;
  /** Prefix for the ids of the row's fields. */
  idBase: string;
  language: Language;
  onChange: (pair: Pair) => void;
  /** Stores a side's recording in the newest version of the pair. */
  onRecording: (side: 'leftRecording' | 'rightRecording', mediaId: string | undefined) => void;
  onRemove: () => void;
}

/** One pair: the left side, an arrow, the right side, each typed or spoken. A left side from an earlier answer is shown, not edited. */
export function PairRow({ exercise, pair, number, idBase, language, onChange, onRecording, onRemove }: Props) {
  const s = STRINGS[language];
  const earlier = isEarlierItem(pair.id);
  const title = s.number(number);
  const speak = VOICE[language].speakInstead;
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
              <LazyVoiceRecorder
                value={pair.leftRecording}
                label={speak}
                name={`${title}, ${exercise.left[language]}`}
                language={language}
                onChange={(id) => onRecording('leftRecording', id)}
              />
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
          <LazyVoiceRecorder
            value={pair.rightRecording}
            label={speak}
            name={`${title}, ${exercise.right[language]}`}
            language={language}
            onChange={(id) => onRecording('rightRecording', id)}
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

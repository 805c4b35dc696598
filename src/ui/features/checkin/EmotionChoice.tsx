import { EMOTION_MAX } from '../../../core/checkins';
import { useStrings } from './useStrings';
import './checkin.css';

const VALUES = Array.from({ length: EMOTION_MAX + 1 }, (_, i) => i);

/** The emotion thermometer (3.5): 0-10 by tapping a number, each with a fill that grows; "weet ik niet" leaves it empty. */
export function EmotionChoice({ value, onChange }: { value: number | null; onChange: (emotion: number | null) => void }) {
  const s = useStrings();
  return (
    <fieldset class="stack" aria-describedby="emotion-hint">
      <legend>
        <h2 tabIndex={-1}>{s.emotionQuestion}</h2>
      </legend>
      <p id="emotion-hint">{s.emotionHint}</p>
      <div class="emotion-scale">
        {VALUES.map((n) => (
          <label key={n} class={`choice emotion-choice ${value === n ? 'is-chosen' : ''}`}>
            <input type="radio" name="emotion" value={String(n)} checked={value === n} onChange={() => onChange(n)} />
            <span class="thermo" aria-hidden="true">
              <span class="thermo-fill" data-level={n} />
            </span>
            <span class="emotion-number">{n}</span>
          </label>
        ))}
      </div>
      <label class={`choice choice-wide ${value === null ? 'is-chosen' : ''}`}>
        <input type="radio" name="emotion" value="" checked={value === null} onChange={() => onChange(null)} />
        <span>{s.emotionSkip}</span>
      </label>
    </fieldset>
  );
}

import { CRAVING_MAX } from '../../../core/checkins';
import { useT } from '../../useT';

const VALUES = Array.from({ length: CRAVING_MAX + 1 }, (_, i) => i);

/** Craving 0-10 by tapping a number; "weet ik niet" leaves it empty. */
export function CravingChoice({ value, onChange }: { value: number | null; onChange: (craving: number | null) => void }) {
  const t = useT();
  return (
    <fieldset class="stack" aria-describedby="craving-hint">
      <legend>
        <h2 tabIndex={-1}>{t('checkIn.cravingQuestion')}</h2>
      </legend>
      <p id="craving-hint">{t('checkIn.cravingHint')}</p>
      <div class="craving-scale">
        {VALUES.map((n) => (
          <label key={n} class={`choice craving-${n} ${value === n ? 'is-chosen' : ''}`}>
            <input type="radio" name="craving" value={String(n)} checked={value === n} onChange={() => onChange(n)} />
            <span class="craving-bar" aria-hidden="true" data-level={n} />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <label class={`choice choice-wide ${value === null ? 'is-chosen' : ''}`}>
        <input type="radio" name="craving" value="" checked={value === null} onChange={() => onChange(null)} />
        <span>{t('checkIn.cravingSkip')}</span>
      </label>
    </fieldset>
  );
}

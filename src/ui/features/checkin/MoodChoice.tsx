import { MoodFace } from '../../icons/moods.tsx';
import { MOODS, type Mood } from '../../../core/checkins';
import { useT } from '../../useT';

/** Five faces, each with its word, plus "weet ik niet". Choosing never moves on by itself. */
export function MoodChoice({ value, onChange }: { value: Mood | null; onChange: (mood: Mood) => void }) {
  const t = useT();
  return (
    <fieldset class="stack">
      <legend>
        <h2 tabIndex={-1}>{t('checkIn.moodQuestion')}</h2>
      </legend>
      <div class="choice-grid mood-grid">
        {MOODS.map((mood) => (
          <label key={mood} class={`choice ${value === mood ? 'is-chosen' : ''}`}>
            <input type="radio" name="mood" value={String(mood)} checked={value === mood} onChange={() => onChange(mood)} />
            <MoodFace mood={mood} size={64} />
            <span>{t(`mood.${mood}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

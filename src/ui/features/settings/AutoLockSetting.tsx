import { updateDevice } from '../../../core/device';
import { useT } from '../../useT';

const CHOICES_MINUTES = [2, 5, 10, 15, 30];

/** How long without activity before the workbook locks itself. */
export function AutoLockSetting({ minutes }: { minutes: number }) {
  const t = useT();
  return (
    <fieldset class="setting">
      <legend>
        <h2>{t('settings.autoLock')}</h2>
      </legend>
      <div class="choice-row">
        {CHOICES_MINUTES.map((choice) => (
          <label key={choice} class={`choice choice-wide ${minutes === choice ? 'is-chosen' : ''}`}>
            <input type="radio" name="auto-lock" value={String(choice)} checked={minutes === choice} onChange={() => updateDevice({ autoLockMinutes: choice })} />
            <span>{t('settings.minutes', { count: choice })}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

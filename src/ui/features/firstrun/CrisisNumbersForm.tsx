import { useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../useT';
import type { CrisisNumber } from '../../../core/db';

interface CrisisNumbersFormProps {
  value: CrisisNumber[];
  onDone: (numbers: CrisisNumber[]) => void;
  onBack: () => void;
  /** The word on the save button (default "Verder", as in first run). */
  submitLabel?: string;
}

/** The clinic's crisis numbers (113, 112 by default), editable; shown on every screen. */
export function CrisisNumbersForm({ value, onDone, onBack, submitLabel }: CrisisNumbersFormProps) {
  const t = useT();
  const [numbers, setNumbers] = useState(value);
  const change = (index: number, patch: Partial<CrisisNumber>) => setNumbers(numbers.map((n, i) => (i === index ? { ...n, ...patch } : n)));
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        onDone(numbers);
      }}
    >
      <h2 tabIndex={-1}>{t('firstRun.crisisTitle')}</h2>
      <p>{t('firstRun.crisisIntro')}</p>
      {numbers.map((n, index) => (
        <fieldset class="crisis-row" key={index}>
          <legend class="sr-only">{`${t('firstRun.crisisTitle')} ${index + 1}`}</legend>
          <label>
            {t('firstRun.crisisLabel')}
            <input type="text" value={n.label} maxLength={60} onInput={(e) => change(index, { label: e.currentTarget.value })} />
          </label>
          <label>
            {t('firstRun.crisisNumber')}
            <input type="tel" value={n.number} maxLength={30} onInput={(e) => change(index, { number: e.currentTarget.value })} />
          </label>
          <IconButton icon="trash" variant="quiet" onClick={() => setNumbers(numbers.filter((_, i) => i !== index))}>
            {t('firstRun.crisisRemove')}
          </IconButton>
        </fieldset>
      ))}
      <IconButton icon="plus" onClick={() => setNumbers([...numbers, { label: '', number: '' }])}>
        {t('firstRun.crisisAdd')}
      </IconButton>
      <div class="button-row">
        <IconButton icon="back" onClick={onBack}>
          {t('nav.back')}
        </IconButton>
        <IconButton icon={submitLabel ? 'check' : 'next'} variant="primary" type="submit">
          {submitLabel ?? t('nav.next')}
        </IconButton>
      </div>
    </form>
  );
}

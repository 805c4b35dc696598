import { useId, useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../useT';

/** The clinic's name, shown in settings and later on printed cards. */
export function OrganisationForm({ value, onDone, onBack, submitLabel }: { value: string; onDone: (name: string) => void; onBack: () => void; submitLabel?: string }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(value);
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        onDone(name.trim());
      }}
    >
      <h2 tabIndex={-1}>{t('firstRun.clinicTitle')}</h2>
      <label for={id}>{t('firstRun.organisation')}</label>
      <input id={id} type="text" autoComplete="organization" maxLength={80} value={name} onInput={(e) => setName(e.currentTarget.value)} />
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

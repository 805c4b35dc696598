import { listPrograms } from '../../../content/load';
import { i18next, toLanguage } from '../../../i18n';
import { useT } from '../../useT';

/** Which program this profile follows; shown only when there is more than one. */
export function ProgramChoice({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const t = useT();
  const programs = listPrograms();
  const language = toLanguage(i18next.language);
  if (programs.length < 2) return null;
  return (
    <fieldset class="setting">
      <legend>{t('profiles.program')}</legend>
      <div class="choice-row">
        {programs.map((program) => (
          <label key={program.id} class={`choice choice-wide ${value === program.id ? 'is-chosen' : ''}`}>
            <input type="radio" name="program" value={program.id} checked={value === program.id} onChange={() => onChange(program.id)} />
            <span>{program.title[language]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

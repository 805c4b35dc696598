import { LANGUAGE_NAMES, LANGUAGES, i18next, setLanguage, toLanguage } from '../../../i18n';
import { updateDevice } from '../../../core/device';
import { useT } from '../../useT';

/** Dutch or English; the whole app and <html lang> follow at once. */
export function LanguageSetting() {
  const t = useT();
  const current = toLanguage(i18next.language);
  return (
    <fieldset class="setting">
      <legend>
        <h2>{t('settings.language')}</h2>
      </legend>
      <div class="choice-row">
        {LANGUAGES.map((language) => (
          <label key={language} class={`choice choice-wide ${current === language ? 'is-chosen' : ''}`} lang={language}>
            <input
              type="radio"
              name="language"
              value={language}
              checked={current === language}
              onChange={async () => {
                await setLanguage(language);
                await updateDevice({ language });
              }}
            />
            <span>{LANGUAGE_NAMES[language]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

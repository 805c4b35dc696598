/** The translate function, re-rendering the component when the language changes. */
import { useEffect, useState } from 'preact/hooks';
import { i18next } from '../i18n';

/** Returns i18next's typed `t` bound to the current language. */
export function useT(): typeof i18next.t {
  const [, setLanguage] = useState(i18next.language);
  useEffect(() => {
    const update = (language: string) => setLanguage(language);
    i18next.on('languageChanged', update);
    return () => i18next.off('languageChanged', update);
  }, []);
  return i18next.t;
}

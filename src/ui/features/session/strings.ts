import { i18next, toLanguage } from '../../../i18n';
import { useT } from '../../useT';

/** Words of the session player that belong to saving answers. */
export const STRINGS = {
  nl: {
    newerElsewhere: 'Dit antwoord is in een ander scherm veranderd. Je ziet nu het nieuwste antwoord.',
  },
  en: {
    newerElsewhere: 'This answer was changed in another window. You now see the newest answer.',
  },
} satisfies Record<'nl' | 'en', Record<string, string>>;

/** The session strings in the current language; re-renders when the language changes. */
export function useSessionStrings() {
  useT();
  return STRINGS[toLanguage(i18next.language)];
}

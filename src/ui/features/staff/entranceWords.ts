/**
 * The two words of the way into the staff area, shown on the start screens. Apart from the
 * staff area's own words (strings.ts), so the start of the app does not load all of those.
 */
import { i18next, toLanguage } from '../../../i18n';
import { useT } from '../../useT';

export const ENTRANCE_WORDS = {
  nl: { entranceTablet: 'Trainer', entrancePhone: 'Begeleider' },
  en: { entranceTablet: 'Trainer', entrancePhone: 'Support worker' },
};

/** The entrance words in the current language; re-renders when the language changes. */
export function useEntranceWords(): (typeof ENTRANCE_WORDS)['nl'] {
  useT();
  return ENTRANCE_WORDS[toLanguage(i18next.language)];
}

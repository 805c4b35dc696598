import { i18next, toLanguage } from '../../../i18n';
import { useT } from '../../useT';
import { STRINGS } from './strings';

/** The settings strings in the current language; re-renders when the language changes. */
export function useStrings() {
  useT();
  return STRINGS[toLanguage(i18next.language)];
}

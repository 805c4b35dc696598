import { i18next, toLanguage } from '../../../i18n';
import { useT } from '../../useT';
import { STRINGS, type StaffStrings } from './strings';

/** The staff strings in the current language; re-renders when the language changes. */
export function useStrings(): StaffStrings {
  useT();
  return STRINGS[toLanguage(i18next.language)];
}

import { i18next, toLanguage } from '../../../i18n';
import { useT } from '../../useT';
import { STRINGS } from './strings';

/** The notes strings in the current language; re-renders when the language changes. */
export function useStrings() {
  useT();
  return STRINGS[toLanguage(i18next.language)];
}

/** When a note was written, as "23 november 2026, 14:05". */
export function noteTime(at: number): string {
  return new Date(at).toLocaleString(i18next.language, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

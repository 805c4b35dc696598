import { i18next, toLanguage } from '../../../i18n';
import { useT } from '../../useT';
import { STRINGS } from './strings';

/** The sync strings in the current language; re-renders when the language changes. */
export function useStrings() {
  useT();
  return STRINGS[toLanguage(i18next.language)];
}

/** An epoch time or ISO string as "23 november, 14:05". */
export function when(at: number | string): string {
  return new Date(at).toLocaleString(i18next.language, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
}

/** The Dutch (or English) message for an error code. */
export function errorText(errors: Record<string, string>, code: string | null): string {
  if (!code) return '';
  return errors[code] ?? errors.other!;
}

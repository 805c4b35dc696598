import { i18next, toLanguage } from '../../../i18n';
import { useT } from '../../useT';
import { STRINGS } from './strings';

/** The goals strings in the current language; re-renders when the language changes. */
export function useStrings() {
  useT();
  return STRINGS[toLanguage(i18next.language)];
}

/** A local day (YYYY-MM-DD) or epoch time as "9 maart 2026". */
export function longDate(day: string | number): string {
  const date = typeof day === 'number' ? new Date(day) : new Date(`${day}T12:00:00`);
  return date.toLocaleDateString(i18next.language, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Euro cents as "€ 12,50". */
export function euros(cents: number): string {
  return new Intl.NumberFormat(toLanguage(i18next.language) === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

import { i18next, toLanguage } from '../../../i18n';
import { useT } from '../../useT';
import { LINK_STRINGS } from './linkStrings';

/** The words of the backup links on Instellingen and the first-run screen. */
export function useLinkStrings() {
  useT();
  return LINK_STRINGS[toLanguage(i18next.language)];
}

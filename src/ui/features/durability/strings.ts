import { i18next, toLanguage } from '../../../i18n';
import { useT } from '../../useT';

/** Words of the warning that the browser may clear the workbook. */
export const STRINGS = {
  nl: {
    title: 'Let op: bewaar je werkboek goed',
    risk: 'Je werkboek staat alleen op dit apparaat.',
    why: 'Is het apparaat vol? Dan kan je werk verdwijnen.',
    install: 'Zet de app op je beginscherm. Dan blijft alles beter bewaard.',
    backup: 'Maak ook een reservekopie.',
    help: 'Weet je niet hoe? Vraag het je begeleider.',
    ok: 'Begrepen',
  },
  en: {
    title: 'Take care of your workbook',
    risk: 'Your workbook is only on this device.',
    why: 'Is the device full? Then your work may disappear.',
    install: 'Add the app to your home screen. Then everything is kept better.',
    backup: 'Make a backup copy too.',
    help: 'Not sure how? Ask your support worker.',
    ok: 'Got it',
  },
} satisfies Record<'nl' | 'en', Record<string, string>>;

/** The strings in the current language; re-renders when the language changes. */
export function useStrings() {
  useT();
  return STRINGS[toLanguage(i18next.language)];
}

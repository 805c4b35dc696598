/**
 * Translations. Dutch is the source language; every key is typed from content/locales/nl.json,
 * so a missing or misspelt key fails the type check. English is complete (tests compare keys).
 */
import i18next from 'i18next';
import en from '../../content/locales/en.json';
import nl from '../../content/locales/nl.json';

/** Languages the app speaks, Dutch first. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

/** Languages written right to left; none yet, but the layout follows `dir`. */
const RTL_LANGUAGES = new Set<string>(['ar', 'fa', 'he', 'ur']);

/** Narrows a stored string to a supported language, Dutch when unknown. */
export function toLanguage(value: string | undefined): Language {
  return LANGUAGES.find((language) => language === value) ?? 'nl';
}

/** Starts i18next with both resources (small, bundled). */
export async function initI18n(language: Language = 'nl'): Promise<typeof i18next> {
  await i18next.init({
    lng: language,
    fallbackLng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false }, // Preact escapes all text it renders
    returnNull: false,
  });
  applyDocumentLanguage(language);
  return i18next;
}

/** Switches the language and keeps <html lang dir> in step. */
export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

function applyDocumentLanguage(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

export { i18next };

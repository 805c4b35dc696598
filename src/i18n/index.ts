/**
 * Translations. Dutch is the source language; every key is typed from content/locales/nl.json,
 * so a missing or misspelt key fails the type check. English is complete (tests compare keys).
 */
import i18next from 'i18next';
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

/**
 * Languages other than Dutch, loaded when first used: the start of the app carries only the
 * Dutch strings (all languages are precached, so a switch works offline).
 */
const LOADERS: Record<Exclude<Language, 'nl'>, () => Promise<{ default: typeof nl }>> = {
  en: () => import('../../content/locales/en.json'),
};

async function loadLanguage(language: Language): Promise<void> {
  if (language === 'nl' || i18next.hasResourceBundle(language, 'translation')) return;
  const { default: resource } = await LOADERS[language]();
  i18next.addResourceBundle(language, 'translation', resource);
}

/** Starts i18next with Dutch, and the chosen language when it is another one. */
export async function initI18n(language: Language = 'nl'): Promise<typeof i18next> {
  await i18next.init({
    lng: 'nl',
    fallbackLng: 'nl',
    resources: { nl: { translation: nl } },
    interpolation: { escapeValue: false }, // Preact escapes all text it renders
    returnNull: false,
  });
  await setLanguage(language);
  return i18next;
}

/** Switches the language (loading its strings first) and keeps <html lang dir> in step. */
export async function setLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

function applyDocumentLanguage(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

export { i18next };

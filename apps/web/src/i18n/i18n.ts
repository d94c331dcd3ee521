import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import en from './en.json';
import fr from './fr.json';

export const supportedLanguages = ['fr', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];

/** The language the consultations themselves are written in (titles, summaries, articles). */
export const contentLanguage: Language = 'fr';

export const resources = {
  fr: { translation: fr },
  en: { translation: en satisfies typeof fr },
} as const;

export function isLanguage(value: string | undefined): value is Language {
  return (supportedLanguages as readonly (string | undefined)[]).includes(value);
}

/** Where an explicit choice of language is remembered. */
const STORAGE_KEY = 'amendo.language';

function storedLanguage(): Language | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY) ?? undefined;
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // storage refused (private browsing, settings): French
  }
}

// Keep <html lang> in step with the interface language (screen readers pick their voice from it),
// and remember the choice.
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = isLanguage(language) ? language : 'fr';
  try {
    if (isLanguage(language)) window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered: the next visit is in French again
  }
});

void i18n.use(initReactI18next).init({
  resources,
  // French first: only an explicit choice, remembered in localStorage, switches to English.
  lng: storedLanguage() ?? 'fr',
  fallbackLng: 'fr',
  supportedLngs: supportedLanguages,
  nonExplicitSupportedLngs: false,
  load: 'languageOnly',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export { i18n };

import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
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

// Keep <html lang> in step with the interface language (screen readers pick their voice from it).
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = isLanguage(language) ? language : 'fr';
});

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    // French first: only an explicit choice, remembered in localStorage, switches to English.
    fallbackLng: 'fr',
    supportedLngs: supportedLanguages,
    nonExplicitSupportedLngs: false,
    load: 'languageOnly',
    detection: {
      order: ['localStorage'],
      lookupLocalStorage: 'amendo.language',
      caches: ['localStorage'],
    },
    interpolation: { escapeValue: false },
    initAsync: false,
  });

export { i18n };

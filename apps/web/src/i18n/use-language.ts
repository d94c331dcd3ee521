import { useTranslation } from 'react-i18next';

import { isLanguage, type Language } from './i18n';

/** The interface language currently shown, always one of the supported ones. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return isLanguage(language) ? language : 'fr';
}

import { useTranslation } from 'react-i18next';

import type { Language } from './i18n';
import { useLanguage } from './use-language';

/** Each language is offered under its own name, in its own language. */
const nativeNames: Record<Language, string> = { fr: 'Français', en: 'English' };

/** One button offering the other language: "English" while the site is in French, and back. */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const target: Language = useLanguage() === 'fr' ? 'en' : 'fr';

  function handleClick() {
    // The detector remembers the choice in localStorage; i18n.ts updates <html lang>.
    void i18n.changeLanguage(target);
  }

  return (
    <button type="button" className="language-switch" lang={target} onClick={handleClick}>
      {nativeNames[target]}
    </button>
  );
}

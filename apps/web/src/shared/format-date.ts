import type { Language } from '../i18n/i18n';

const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

const formatters = new Map<Language, Intl.DateTimeFormat>();

/** A calendar date as people read it ("28 janvier 2027"), in the consultations' time zone. */
export function formatDate(iso: string, language: Language): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locales[language], {
      dateStyle: 'long',
      timeZone: 'Europe/Paris',
    });
    formatters.set(language, formatter);
  }
  return formatter.format(new Date(iso));
}

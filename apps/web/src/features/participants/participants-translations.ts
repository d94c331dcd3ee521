import './participants.css';

import { featureTranslations, type TranslationKey } from '../../i18n/feature-translations';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

/** A key of a participant page's words ("page.title"); plural forms by their base. */
export type ParticipantsKey = TranslationKey<typeof fr>;

export type ParticipantsT = (key: ParticipantsKey, options?: Record<string, unknown>) => string;

// A participant page's words and styles travel with it, in their own namespace.
export const useParticipantsTranslation = featureTranslations(
  'participants',
  fr,
  en satisfies typeof fr,
);

import './notifications.css';

import { featureTranslations, type TranslationKey } from '../../i18n/feature-translations';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

/** A key of the notifications' words ("inbox.title"); plural forms by their base. */
export type NotificationsKey = TranslationKey<typeof fr>;

export type NotificationsT = (key: NotificationsKey, options?: Record<string, unknown>) => string;

// The notifications' words and styles travel with their lazily loaded parts (the block on
// in their own namespace.
export const useNotificationsTranslation = featureTranslations(
  'notifications',
  fr,
  en satisfies typeof fr,
);

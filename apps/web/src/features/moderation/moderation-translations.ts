import './moderation.css';

import { featureTranslations, type TranslationKey } from '../../i18n/feature-translations';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

/** A key of moderation's words ("report.title"); plural forms by their base ("log.count"). */
export type ModerationKey = TranslationKey<typeof fr>;

export type ModerationT = (key: ModerationKey, options?: Record<string, unknown>) => string;

// Moderation's words and styles travel with its lazily loaded parts (the report dialog, the
// tombstones, the log, the queue), not with every page of the site: they come in their own
// namespace when this module is first imported.
export const useModerationTranslation = featureTranslations(
  'moderation',
  fr,
  en satisfies typeof fr,
);

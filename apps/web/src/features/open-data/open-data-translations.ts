import './open-data.css';

import { featureTranslations, type TranslationKey } from '../../i18n/feature-translations';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

/** A key of open data's words ("page.title"); plural forms by their base ("timeline.votes"). */
export type OpenDataKey = TranslationKey<typeof fr>;

export type OpenDataT = (key: OpenDataKey, options?: Record<string, unknown>) => string;

// Open data's words and styles travel with its lazily loaded pages, in their own namespace.
export const useOpenDataTranslation = featureTranslations('openData', fr, en satisfies typeof fr);

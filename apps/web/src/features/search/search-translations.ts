import './search.css';

import { featureTranslations, type TranslationKey } from '../../i18n/feature-translations';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

/** A key of the search's words ("page.title"); plural forms by their base ("page.count"). */
export type SearchKey = TranslationKey<typeof fr>;

export type SearchT = (key: SearchKey, options?: Record<string, unknown>) => string;

// The search's words and styles travel with its lazily loaded parts, in their own namespace.
export const useSearchTranslation = featureTranslations('search', fr, en satisfies typeof fr);

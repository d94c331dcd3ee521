import './responses.css';

import { featureTranslations, type TranslationKey } from '../../i18n/feature-translations';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

/** A key of the responses' words ("public.title"); plural forms by their base. */
export type ResponsesKey = TranslationKey<typeof fr>;

export type ResponsesT = (key: ResponsesKey, options?: Record<string, unknown>) => string;

// The responses' words and styles travel with their lazily loaded parts (the block on
// contributions, the public tracker, the officials' workspace), in their own namespace.
export const useResponsesTranslation = featureTranslations('responses', fr, en satisfies typeof fr);

import { featureTranslations, type TranslationKey } from '../../i18n/feature-translations';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

/** A key of the workshops' words ("record.title"); plural forms by their base. */
export type WorkshopsKey = TranslationKey<typeof fr>;

export type WorkshopsT = (key: WorkshopsKey, options?: Record<string, unknown>) => string;

// The workshops' words travel with their lazily loaded parts (the facilitators' workspace, the
// provenance label on contributions), in their own namespace.
export const useWorkshopsTranslation = featureTranslations('workshops', fr, en satisfies typeof fr);

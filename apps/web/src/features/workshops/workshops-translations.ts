import { useTranslation } from 'react-i18next';

import { i18n } from '../../i18n/i18n';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

// The workshops' words travel with their lazily loaded parts (the facilitators' workspace, the
// provenance label on contributions), in their own namespace.
i18n.addResourceBundle('fr', 'workshops', fr, true, false);
i18n.addResourceBundle('en', 'workshops', en satisfies typeof fr, true, false);

type Plural = 'zero' | 'one' | 'other';
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${Plural}` ? Base : K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the workshops' words ("record.title"); plural forms by their base. */
export type WorkshopsKey = Leaves<typeof fr>;

export type WorkshopsT = (key: WorkshopsKey, options?: Record<string, unknown>) => string;

/** The workshops' `t`, typed on its own keys, re-rendering on a change of language. */
export function useWorkshopsTranslation(): { t: WorkshopsT } {
  const { i18n: instance } = useTranslation();
  const fixedT = instance.getFixedT as unknown as (lng: string, ns: string) => WorkshopsT;
  return { t: fixedT.call(instance, instance.language, 'workshops') };
}

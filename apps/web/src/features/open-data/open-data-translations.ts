import './open-data.css';

import { useTranslation } from 'react-i18next';

import { i18n } from '../../i18n/i18n';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

// Open data's words and styles travel with its lazily loaded pages, in their own namespace.
i18n.addResourceBundle('fr', 'openData', fr, true, false);
i18n.addResourceBundle('en', 'openData', en satisfies typeof fr, true, false);

type Plural = 'zero' | 'one' | 'other';
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${Plural}` ? Base : K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of open data's words ("page.title"); plural forms by their base ("timeline.votes"). */
export type OpenDataKey = Leaves<typeof fr>;

export type OpenDataT = (key: OpenDataKey, options?: Record<string, unknown>) => string;

/** Open data's `t`, typed on its own keys, re-rendering on a change of language. */
export function useOpenDataTranslation(): { t: OpenDataT; language: string } {
  const { i18n: instance } = useTranslation();
  const fixedT = instance.getFixedT as unknown as (lng: string, ns: string) => OpenDataT;
  const t = fixedT.call(instance, instance.language, 'openData');
  return { t, language: instance.language };
}

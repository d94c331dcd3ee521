import './search.css';

import { useTranslation } from 'react-i18next';

import { i18n } from '../../i18n/i18n';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

// The search's words and styles travel with its lazily loaded parts, in their own namespace.
i18n.addResourceBundle('fr', 'search', fr, true, false);
i18n.addResourceBundle('en', 'search', en satisfies typeof fr, true, false);

type Plural = 'zero' | 'one' | 'other';
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${Plural}` ? Base : K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the search's words ("page.title"); plural forms by their base ("page.count"). */
export type SearchKey = Leaves<typeof fr>;

export type SearchT = (key: SearchKey, options?: Record<string, unknown>) => string;

/** The search's `t`, typed on its own keys, re-rendering on a change of language. */
export function useSearchTranslation(): { t: SearchT; language: string } {
  const { i18n: instance } = useTranslation();
  const fixedT = instance.getFixedT as unknown as (lng: string, ns: string) => SearchT;
  const t = fixedT.call(instance, instance.language, 'search');
  return { t, language: instance.language };
}

import './participants.css';

import { useTranslation } from 'react-i18next';

import { i18n } from '../../i18n/i18n';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

// A participant page's words and styles travel with it, in their own namespace.
i18n.addResourceBundle('fr', 'participants', fr, true, false);
i18n.addResourceBundle('en', 'participants', en satisfies typeof fr, true, false);

type Plural = 'zero' | 'one' | 'other';
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${Plural}` ? Base : K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of open data's words ("page.title"); plural forms by their base. */
export type ParticipantsKey = Leaves<typeof fr>;

export type ParticipantsT = (key: ParticipantsKey, options?: Record<string, unknown>) => string;

/** Open data's `t`, typed on its own keys, re-rendering on a change of language. */
export function useParticipantsTranslation(): { t: ParticipantsT; language: string } {
  const { i18n: instance } = useTranslation();
  const fixedT = instance.getFixedT as unknown as (lng: string, ns: string) => ParticipantsT;
  const t = fixedT.call(instance, instance.language, 'participants');
  return { t, language: instance.language };
}

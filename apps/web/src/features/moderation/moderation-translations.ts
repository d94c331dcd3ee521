import './moderation.css';

import { useTranslation } from 'react-i18next';

import { i18n } from '../../i18n/i18n';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

// Moderation's words and styles travel with its lazily loaded parts (the report dialog, the
// tombstones, the log, the queue), not with every page of the site: they come in their own
// namespace when this module is first imported.
i18n.addResourceBundle('fr', 'moderation', fr, true, false);
i18n.addResourceBundle('en', 'moderation', en satisfies typeof fr, true, false);

type Plural = 'zero' | 'one' | 'other';
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${Plural}` ? Base : K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of moderation's words ("report.title"); plural forms by their base ("log.count"). */
export type ModerationKey = Leaves<typeof fr>;

export type ModerationT = (key: ModerationKey, options?: Record<string, unknown>) => string;

/**
 * Moderation's `t`, typed on its own keys (its namespace stays out of the site-wide resource
 * types, whose size the compiler struggles with), re-rendering on a change of language.
 */
export function useModerationTranslation(): { t: ModerationT; language: string } {
  const { i18n: instance } = useTranslation();
  const fixedT = instance.getFixedT as unknown as (lng: string, ns: string) => ModerationT;
  const t = fixedT.call(instance, instance.language, 'moderation');
  return { t, language: instance.language };
}

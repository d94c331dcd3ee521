import './notifications.css';

import { useTranslation } from 'react-i18next';

import { i18n } from '../../i18n/i18n';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

// The notifications' words and styles travel with their lazily loaded parts (the block on
// in their own namespace.
i18n.addResourceBundle('fr', 'notifications', fr, true, false);
i18n.addResourceBundle('en', 'notifications', en satisfies typeof fr, true, false);

type Plural = 'zero' | 'one' | 'other';
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${Plural}` ? Base : K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the notifications' words ("inbox.title"); plural forms by their base. */
export type NotificationsKey = Leaves<typeof fr>;

export type NotificationsT = (key: NotificationsKey, options?: Record<string, unknown>) => string;

/**
 * The notifications' `t`, typed on its own keys (the namespace stays out of the site-wide resource
 * types, whose size the compiler struggles with), re-rendering on a change of language.
 */
export function useNotificationsTranslation(): { t: NotificationsT } {
  const { i18n: instance } = useTranslation();
  const fixedT = instance.getFixedT as unknown as (lng: string, ns: string) => NotificationsT;
  return { t: fixedT.call(instance, instance.language, 'notifications') };
}

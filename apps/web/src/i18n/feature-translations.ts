import { useTranslation } from 'react-i18next';

import { i18n } from './i18n';

type Plural = 'zero' | 'one' | 'other';

/** The keys of a namespace's words ("page.title"); plural forms by their base ("page.count"). */
export type TranslationKey<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${Plural}` ? Base : K}`
    : TranslationKey<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type FeatureT<T> = (key: TranslationKey<T>, options?: Record<string, unknown>) => string;

/**
 * A lazily loaded feature's words: its namespace joins i18next when the feature's module is first
 * imported (so its words travel with its pages, not with every page of the site), and the hook
 * returned gives its `t`, typed on its own keys — the namespaces stay out of the site-wide resource
 * types, whose size the compiler struggles with —, re-rendering on a change of language.
 */
export function featureTranslations<T extends object>(
  namespace: string,
  fr: T,
  en: T,
): () => { t: FeatureT<T>; language: string } {
  i18n.addResourceBundle('fr', namespace, fr, true, false);
  i18n.addResourceBundle('en', namespace, en, true, false);
  return function useFeatureTranslation() {
    const { i18n: instance } = useTranslation();
    const fixedT = instance.getFixedT as unknown as (lng: string, ns: string) => FeatureT<T>;
    return {
      t: fixedT.call(instance, instance.language, namespace),
      language: instance.language,
    };
  };
}

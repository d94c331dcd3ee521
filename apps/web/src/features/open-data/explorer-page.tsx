import 'graphiql/style.css';
import './explorer.css';

import type { Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { type MouseEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { PageTitle } from '../../shared/ui/page-title';
import { consultationExample } from './examples';
import { useOpenDataTranslation } from './open-data-translations';
import { openDataPath } from './paths';

/**
 * Anonymous POST JSON to the public API: no cookie goes with it (`credentials: 'omit'`), so
 * neither a session nor CSRF protection is involved — exactly what any API client sees.
 */
const fetcher: Fetcher = async (params) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'omit',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return (await response.json()) as Record<string, unknown>;
};

/** GraphiQL's tabs and history stay in memory: every visit opens on the example, nothing is stored. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

/**
 * Tab leaves the editors (WCAG 2.1.2, no keyboard trap): CodeMirror 5 binds it to indenting
 * by default; GraphiQL formats queries with its « prettify » button anyway.
 */
function releaseTabKey(): void {
  void Promise.all([
    import('codemirror'),
    // @ts-expect-error the keymap has no types (GraphiQL imports it the same way)
    import('codemirror/keymap/sublime.js'),
  ]).then(([module]) => {
    const codeMirror = ((module as { default?: unknown }).default ?? module) as {
      keyMap: Record<string, Record<string, unknown> | undefined>;
    };
    for (const name of ['basic', 'sublime', 'pcDefault', 'macDefault']) {
      const map = codeMirror.keyMap[name];
      if (!map) continue;
      delete map.Tab;
      delete map['Shift-Tab'];
    }
  });
}

/** `/consultations/:slug/donnees/explorateur` — GraphiQL on the public API, for developers. */
export function ExplorerPage() {
  const { t } = useOpenDataTranslation();
  const { t: tc } = useTranslation();
  const slug = useParams().slug ?? '';
  const [storage] = useState(memoryStorage);
  const query = useMemo(() => consultationExample(slug), [slug]);
  const after = useRef<HTMLParagraphElement>(null);

  useEffect(releaseTabKey, []);

  function handleSkip(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    after.current?.focus();
    after.current?.scrollIntoView();
  }

  return (
    <div className="explorer">
      <PageTitle title={t('explorer.title')} />
      <Breadcrumb
        items={[
          { label: tc('app.home'), to: '/' },
          { label: t('page.title'), to: openDataPath(slug) },
          { label: t('explorer.title') },
        ]}
      />
      <h1>{t('explorer.title')}</h1>
      <p className="lead">{t('explorer.intro')}</p>
      <p>{t('explorer.keyboard')}</p>
      <a href="#apres-explorateur" className="explorer__skip" onClick={handleSkip}>
        {t('explorer.skip')}
      </a>
      <section className="explorer__editor" aria-label={t('explorer.region')} lang="en">
        <GraphiQL
          fetcher={fetcher}
          defaultQuery={query}
          storage={storage}
          forcedTheme="light"
          isHeadersEditorEnabled={false}
          shouldPersistHeaders={false}
        />
      </section>
      <p id="apres-explorateur" ref={after} tabIndex={-1}>
        {t('explorer.after')} <Link to={openDataPath(slug)}>{t('explorer.back')}</Link>
      </p>
    </div>
  );
}

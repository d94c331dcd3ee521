import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { consultationPath } from '../consultations/paths';
import { useOpenDataTranslation } from './open-data-translations';
import { amendmentsExample, consultationExample } from './examples';
import { explorerPath, openDataFilesPath } from './paths';

interface Field {
  name: string;
  type: string;
  description?: string;
}

interface Resource {
  name: string;
  path: string;
  format?: string;
  mediatype?: string;
  title?: string;
  description?: string;
  schema?: { fields?: Field[] };
}

interface Licence {
  name?: string;
  title?: string;
  path?: string;
}

interface DataPackage {
  title?: string;
  description?: string;
  licenses?: Licence[];
  resources?: Resource[];
}

/** One dataset: its files (CSV, NDJSON) share a stem, a description and a schema. */
interface Dataset {
  stem: string;
  title: string;
  description?: string;
  fields: Field[];
  files: { format: string; href: string; mediatype?: string }[];
}

/** What was fetched, for which request (`base#attempt`): another request shows as loading. */
type State =
  | { request: string; status: 'error' }
  | { request: string; status: 'missing' }
  | { request: string; status: 'done'; pkg: DataPackage };

/** The datasets of a package, its resources grouped by file name without extension. */
export function datasetsOf(pkg: DataPackage, base: string): Dataset[] {
  const byStem = new Map<string, Dataset>();
  for (const resource of pkg.resources ?? []) {
    const stem = resource.path.replace(/\.[^./]+$/, '');
    const format = (resource.format ?? resource.path.split('.').pop() ?? '').toUpperCase();
    let dataset = byStem.get(stem);
    if (!dataset) {
      dataset = {
        stem,
        title: (resource.title ?? resource.name).replace(/\s*\([A-Z]+\)$/, ''),
        description: resource.description,
        fields: resource.schema?.fields ?? [],
        files: [],
      };
      byStem.set(stem, dataset);
    }
    dataset.files.push({ format, href: `${base}/${resource.path}`, mediatype: resource.mediatype });
  }
  return [...byStem.values()];
}

/** `/consultations/:slug/donnees` — the files of a consultation, their schemas and the API. */
export function OpenDataPage() {
  const { t } = useOpenDataTranslation();
  const { t: tc } = useTranslation();
  const slug = useParams().slug ?? '';
  const base = openDataFilesPath(slug);
  const [fetched, setFetched] = useState<State | null>(null);
  const [attempt, setAttempt] = useState(0);
  const request = `${base}#${attempt}`;
  const state = fetched?.request === request ? fetched : { status: 'loading' as const };

  useEffect(() => {
    const controller = new AbortController();
    const request = `${base}#${attempt}`;
    fetch(`${base}/datapackage.json`, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    })
      .then(async (response) => {
        if (response.status === 404) return setFetched({ request, status: 'missing' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        setFetched({ request, status: 'done', pkg: (await response.json()) as DataPackage });
      })
      .catch(() => {
        if (!controller.signal.aborted) setFetched({ request, status: 'error' });
      });
    return () => controller.abort();
  }, [base, attempt]);

  if (state.status === 'loading') {
    return (
      <>
        <PageTitle title={t('page.title')} />
        <LoadingStatus message={t('page.loading')} />
      </>
    );
  }
  if (state.status !== 'done') {
    return (
      <div className="narrow">
        <PageTitle title={t('page.title')} />
        <h1>{t('page.title')}</h1>
        {state.status === 'missing' ? (
          <p>{t('page.notFound')}</p>
        ) : (
          <>
            <p role="alert">{t('page.error')}</p>
            <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
              {t('page.retry')}
            </button>
          </>
        )}
      </div>
    );
  }

  const { pkg } = state;
  const title = pkg.title ?? slug;
  const datasets = datasetsOf(pkg, base);
  const licence = pkg.licenses?.[0];

  return (
    <div className="open-data">
      <PageTitle title={t('page.pageTitle', { title })} />
      <Breadcrumb
        items={[
          { label: tc('app.home'), to: '/' },
          { label: title, to: consultationPath(slug), lang: 'fr' },
          { label: t('page.title') },
        ]}
      />
      <h1>{t('page.title')}</h1>
      <p className="lead">{t('page.intro')}</p>

      <h2>{t('page.datasetsTitle')}</h2>
      <p>{t('page.datasetCount', { count: datasets.length })}</p>
      <ul className="open-data__datasets">
        {datasets.map((dataset) => (
          <li key={dataset.stem} className="open-data__dataset">
            <h3 lang="fr">{dataset.title}</h3>
            {dataset.description && <p lang="fr">{dataset.description}</p>}
            <p className="open-data__downloads">
              <span>{t('page.download')}</span>
              {dataset.files.map((file) => (
                <a
                  key={file.format}
                  href={file.href}
                  type={file.mediatype}
                  className="open-data__file"
                  aria-label={t('page.downloadLabel', {
                    format: file.format,
                    title: dataset.title,
                  })}
                >
                  {file.format}
                </a>
              ))}
            </p>
            {dataset.fields.length > 0 && (
              <details>
                <summary>
                  {t('page.fields', { title: dataset.title, count: dataset.fields.length })}
                </summary>
                <div className="open-data__table">
                  <table>
                    <caption className="visually-hidden">
                      {t('page.fieldsCaption', { title: dataset.title })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('page.fieldName')}</th>
                        <th scope="col">{t('page.fieldType')}</th>
                        <th scope="col">{t('page.fieldDescription')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {dataset.fields.map((field) => (
                        <tr key={field.name}>
                          <th scope="row">
                            <code>{field.name}</code>
                          </th>
                          <td>
                            <code>{field.type}</code>
                          </td>
                          <td lang="fr">{field.description}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            )}
          </li>
        ))}
      </ul>

      <h2>{t('page.licenceTitle')}</h2>
      <p>
        {t('page.licenceText')}{' '}
        {licence?.path ? (
          <a href={licence.path} lang="fr">
            {licence.title ?? licence.name}
          </a>
        ) : (
          <span lang="fr">{licence?.title ?? 'Licence Ouverte 2.0'}</span>
        )}
        .
      </p>

      <h2>{t('page.descriptorTitle')}</h2>
      <p>
        {t('page.descriptorText')} <a href={`${base}/datapackage.json`}>datapackage.json</a>
      </p>

      <h2>{t('page.apiTitle')}</h2>
      <p>{t('page.apiText')}</p>
      <p>
        <Link to={explorerPath(slug)} className="button button--secondary">
          {t('page.explore')}
        </Link>{' '}
        {t('page.exploreHint')}
      </p>
      <h3>{t('page.exampleConsultation')}</h3>
      <pre className="open-data__code" tabIndex={0}>
        <code>{consultationExample(slug)}</code>
      </pre>
      <h3>{t('page.exampleAmendments')}</h3>
      <pre className="open-data__code" tabIndex={0}>
        <code>{amendmentsExample}</code>
      </pre>
    </div>
  );
}

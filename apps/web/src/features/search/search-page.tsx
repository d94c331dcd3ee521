import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';

import { SearchDocument, type SearchKind } from '../../gql/search/graphql';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { appendPage } from '../../shared/append-page';
import { consultationPath } from '../consultations/paths';
import { kindsFrom, searchKinds, searchParams, searchPath } from './paths';
import { SearchResultItem } from './search-result';
import { useSearchTranslation } from './search-translations';

const pageSize = 20;
const maxLength = 200;

/** What the API said about a refused query, for the person (its reason, when it gave one). */
function refusedReason(error: unknown): string | undefined {
  const errors = (error as { errors?: { extensions?: Record<string, unknown> }[] } | undefined)
    ?.errors;
  const reason = errors?.[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/**
 * `/consultations/:slug/recherche?q=…&type=…` — search results: a form (words and kinds), the
 * number of results announced politely, then each result with its excerpt, words in <mark>.
 */
export function SearchPage() {
  const { t } = useSearchTranslation();
  const { t: tc } = useTranslation();
  const slug = useParams().slug ?? '';
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = (params.get(searchParams.query) ?? '').trim();
  const kinds = kindsFrom(params.getAll(searchParams.kind));
  const id = useId();
  const [typed, setTyped] = useState({ for: query, value: query });
  const value = typed.for === query ? typed.value : query;
  // The boxes show a choice at once, while the address (and the results) follow.
  const kindsKey = kinds.join(',');
  const [chosen, setChosen] = useState({ for: kindsKey, kinds });
  const checkedKinds = chosen.for === kindsKey ? chosen.kinds : kinds;

  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(SearchDocument, {
    variables: { slug, query, first: pageSize, kinds: kinds.length > 0 ? kinds : null },
    skip: query === '' || query.length > maxLength,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const shown = data ?? (loading ? previousData : undefined);

  function go(nextQuery: string, nextKinds: readonly SearchKind[]) {
    void navigate(searchPath(slug, nextQuery.trim(), nextKinds), { replace: nextQuery === query });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    go(value, kinds);
  }

  function toggleKind(kind: SearchKind, checked: boolean) {
    const next = searchKinds.filter((k) => (k === kind ? checked : checkedKinds.includes(k)));
    setChosen({ for: kindsKey, kinds: next });
    go(query, next);
  }

  async function handleMore() {
    const connection = data?.search;
    if (!connection) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const next = fetchMoreResult.search;
          return {
            ...previous,
            search: appendPage(previous.search, next, (edge) => edge.cursor),
          };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  }

  const reason = error ? refusedReason(error) : undefined;
  const consultation = shown?.consultation;
  const title = consultation?.title;
  let status: string;
  if (query === '') status = t('page.empty');
  else if (query.length > maxLength || reason === 'QUERY_TOO_LONG')
    status = t('page.tooLong', { max: maxLength });
  else if (reason === 'EMPTY_QUERY') status = t('page.noWord');
  else if (!shown) status = loading ? t('page.loading') : '';
  else status = t('page.count', { count: shown.search.totalCount, query });

  if (error && !reason && !shown) {
    return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
  }
  if (shown && !consultation) {
    return (
      <div className="narrow">
        <PageTitle title={t('page.title')} />
        <h1>{t('page.title')}</h1>
        <p>{t('page.notFound')}</p>
      </div>
    );
  }

  return (
    <div className="search-page">
      <PageTitle title={query && title ? t('page.pageTitle', { query, title }) : t('page.title')} />
      <Breadcrumb
        items={[
          { label: tc('app.home'), to: '/' },
          ...(title ? [{ label: title, to: consultationPath(slug), lang: 'fr' }] : []),
          { label: t('page.title') },
        ]}
      />
      <h1>{t('page.title')}</h1>
      <p className="lead">{t('page.intro')}</p>
      <form className="search-page__form" aria-label={t('page.formLabel')} onSubmit={handleSubmit}>
        <div className="search-page__query">
          <label htmlFor={`${id}-q`}>{t('page.queryLabel')}</label>
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            value={value}
            maxLength={maxLength}
            aria-describedby={`${id}-help`}
            onChange={(event) => setTyped({ for: query, value: event.target.value })}
          />
          <button type="submit" className="button">
            {t('box.submit')}
          </button>
        </div>
        <p id={`${id}-help`} className="hint">
          {t('page.help')}
        </p>
        <fieldset className="search-page__kinds">
          <legend>{t('page.kindsLegend')}</legend>
          {searchKinds.map((kind) => (
            <label key={kind} className="search-page__kind">
              <input
                type="checkbox"
                name="type"
                checked={checkedKinds.includes(kind)}
                onChange={(event) => toggleKind(kind, event.target.checked)}
              />{' '}
              {t(`kinds.${kind}`)}
            </label>
          ))}
        </fieldset>
      </form>
      <p role="status" aria-live="polite" className="search-page__status">
        {status}
      </p>
      {loading && !shown && <LoadingStatus message={t('page.loading')} />}
      {shown && shown.search.edges.length > 0 && (
        <ol className="search-results" aria-label={t('page.resultsLabel')} aria-busy={loading}>
          {shown.search.edges.map(({ cursor, node }) => (
            <li key={cursor}>
              <SearchResultItem slug={slug} result={node} t={t} />
            </li>
          ))}
        </ol>
      )}
      {data?.search.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={loadingMore}
          aria-busy={loadingMore}
          onClick={() => void handleMore().catch(() => undefined)}
        >
          {t('page.more')}
        </button>
      )}
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';

import { ArticleTimelineDocument } from '../../gql/open-data/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { appendPage } from '../../shared/append-page';
import { articlePath, consultationPath } from '../consultations/paths';
import { AuthorLink } from '../participants/author-link';
import { eventKinds, eventLabel, isEventKind, type EventKind } from './event-label';
import { useOpenDataTranslation } from './open-data-translations';

const pageSize = 20;
/** `?type=votes`: the kind of events shown (every kind otherwise). */
const kindParam = 'type';

/** `/consultations/:slug/articles/:articleId/historique` — what happened to an article. */
export function ArticleTimelinePage() {
  const { t } = useOpenDataTranslation();
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const { slug = '', articleId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get(kindParam);
  const kind: EventKind = isEventKind(requested) ? requested : 'all';
  const types = eventKinds[kind];
  const { data, error, refetch, fetchMore } = useQuery(ArticleTimelineDocument, {
    variables: { id: articleId, first: pageSize, types: types.length > 0 ? types : undefined },
  });
  const [loadingMore, setLoadingMore] = useState(false);

  if (!data) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={t('timeline.title')} />
        <LoadingStatus message={t('timeline.loading')} />
      </>
    );
  }
  const article = data.article;
  if (!article || article.consultation.slug !== slug) {
    return (
      <div className="narrow">
        <PageTitle title={t('timeline.title')} />
        <h1>{t('timeline.title')}</h1>
        <p>{t('timeline.notFound')}</p>
      </div>
    );
  }
  const timeline = article.timeline;
  const articleNumber = tc('consultation.articleNumber', { number: article.number });

  async function handleMore() {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: timeline.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous.article;
          const next = fetchMoreResult.article;
          if (!before || !next) return previous;
          return {
            ...previous,
            article: { ...before, timeline: appendPage(before.timeline, next.timeline) },
          };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  }

  function handleFilter(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get(kindParam);
    const next = new URLSearchParams(searchParams);
    if (typeof value === 'string' && value !== 'all') next.set(kindParam, value);
    else next.delete(kindParam);
    setSearchParams(next, { preventScrollReset: true });
  }

  return (
    <div className="article-timeline">
      <PageTitle
        title={t('timeline.pageTitle', { article: `${articleNumber} — ${article.title}` })}
      />
      <Breadcrumb
        items={[
          { label: tc('app.home'), to: '/' },
          {
            label: article.consultation.title,
            to: consultationPath(slug),
            lang: contentLanguage,
          },
          { label: articleNumber, to: articlePath(slug, article.id) },
          { label: t('timeline.title') },
        ]}
      />
      <h1>
        {t('timeline.title')}
        <span className="article-timeline__article">
          {articleNumber}
          {' — '}
          <span lang={contentLanguage}>{article.title}</span>
        </span>
      </h1>
      <p className="lead">{t('timeline.intro')}</p>
      <form className="article-timeline__filter" onSubmit={handleFilter}>
        <label htmlFor="timeline-kind">{t('timeline.filter')}</label>
        <select id="timeline-kind" name={kindParam} defaultValue={kind} key={kind}>
          {(Object.keys(eventKinds) as EventKind[]).map((value) => (
            <option key={value} value={value}>
              {t(`kind.${value}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          {t('timeline.apply')}
        </button>
      </form>
      <p role="status">{t('timeline.count', { count: timeline.totalCount })}</p>
      {timeline.edges.length === 0 ? (
        <p>{t('timeline.empty')}</p>
      ) : (
        <ol className="article-timeline__events">
          {timeline.edges.map(({ node }) => (
            <li key={node.id} className="article-timeline__event">
              <time dateTime={node.occurredAt}>{formatDate(node.occurredAt, language)}</time>
              <span className="article-timeline__label">
                {eventLabel(t, node.type, node.count)}
              </span>
              {node.actor && (
                <span className="article-timeline__actor">
                  {t('timeline.by')} <AuthorLink author={node.actor} />
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {timeline.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={loadingMore}
          aria-busy={loadingMore}
          onClick={() => void handleMore().catch(() => undefined)}
        >
          {t('timeline.more')}
        </button>
      )}
      <p>
        <Link to={articlePath(slug, article.id)}>{t('timeline.backToArticle')}</Link>
      </p>
    </div>
  );
}

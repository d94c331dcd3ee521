import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConsultationsPageDocument } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { ConsultationCard } from './consultation-card';

const pageSize = 20;

/** Home page: every published consultation, newest first as the API orders them. */
export function ConsultationsPage() {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore } = useQuery(ConsultationsPageDocument, {
    variables: { first: pageSize },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);

  if (!data) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={t('consultations.pageTitle')} />
        <LoadingStatus message={t('consultations.loading')} />
      </>
    );
  }

  const { edges, pageInfo, totalCount } = data.consultations;

  async function handleLoadMore() {
    setLoadingMore(true);
    setLoadMoreFailed(false);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor } });
    } catch {
      setLoadMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <PageTitle title={t('consultations.pageTitle')} />
      <h1>{t('consultations.pageTitle')}</h1>
      <p className="lead">{t('consultations.intro')}</p>
      {edges.length === 0 ? (
        <p>{t('consultations.empty')}</p>
      ) : (
        <>
          <p className="count">{t('consultations.count', { count: totalCount })}</p>
          <ul className="card-list">
            {edges.map(({ node }) => (
              <li key={node.id}>
                <ConsultationCard consultation={node} />
              </li>
            ))}
          </ul>
        </>
      )}
      <div role="status" className="load-more-status">
        {loadingMore ? t('status.loadingMore') : ''}
      </div>
      {loadMoreFailed && (
        <p role="alert" className="alert">
          {t('status.loadMoreError')}
        </p>
      )}
      {pageInfo.hasNextPage && (
        <button
          type="button"
          className="button"
          onClick={() => void handleLoadMore()}
          disabled={loadingMore}
        >
          {t('consultations.loadMore')}
        </button>
      )}
    </>
  );
}

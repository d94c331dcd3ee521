import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { ContributionOrdersDocument } from '../../gql/deliberation/graphql';
import { serverMessageLanguage } from '../../shared/forms/form-errors';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import './deliberation-translations';
import './deliberation.css';

/**
 * `/classement` — « Comment sont classées les contributions ? »: every public order and how it
 * is computed, as the API explains it (in French).
 */
export function RankingPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ContributionOrdersDocument);
  const title = t('deliberation.ranking.pageTitle');

  if (!data) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={title} />
        <LoadingStatus message={t('deliberation.ranking.loading')} />
      </>
    );
  }

  return (
    <div className="narrow">
      <PageTitle title={title} />
      <Breadcrumb items={[{ label: t('app.home'), to: '/' }, { label: title }]} />
      <h1>{title}</h1>
      <p className="lead">{t('deliberation.ranking.intro')}</p>
      <dl className="ranking-list" lang={serverMessageLanguage}>
        {data.contributionOrders.map((order) => (
          <div key={order.order} className="ranking-list__item">
            <dt>{order.label}</dt>
            <dd>{order.explanation}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

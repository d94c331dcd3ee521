import './proposal-translations';
import '../deliberation/deliberation-translations';

import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import {
  SectionProposalsDocument,
  type ContributionOrder,
  type ProposalStatus,
  type SectionProposalsQuery,
} from '../../gql/proposals/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { appendPage } from '../../shared/append-page';
import { consultationPath } from '../consultations/paths';
import { OrderSelect } from '../deliberation/order-select';
import { orderSeed } from '../deliberation/order-seed';
import { proposeArticlePath } from './paths';
import { ProposalCard } from './proposal-ui';

const pageSize = 20;
const statuses = [
  'OPEN',
  'ADOPTED',
  'WITHDRAWN',
  'REJECTED',
] as const satisfies readonly ProposalStatus[];

type Section = Extract<NonNullable<SectionProposalsQuery['node']>, { proposals: unknown }>;

/** `/consultations/:slug/parties/:sectionId/propositions`: every article proposed in a section. */
export function SectionProposalsPage() {
  const { t } = useTranslation('proposals');
  const { t: tc } = useTranslation();
  const { sectionId = '' } = useParams();
  const statusId = useId();
  const orderId = useId();
  const [status, setStatus] = useState<ProposalStatus | ''>('');
  const [order, setOrder] = useState<ContributionOrder>('RANDOM');
  const [seed] = useState(orderSeed);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const { data, previousData, error, refetch, fetchMore } = useQuery(SectionProposalsDocument, {
    variables: {
      id: sectionId,
      first: pageSize,
      status: status === '' ? undefined : status,
      orderBy: order,
      seed,
    },
    fetchPolicy: 'cache-and-network',
  });
  // While another filter loads, the page keeps its heading and controls (and their focus).
  const shown = data ?? previousData;
  const section: Section | undefined =
    shown?.node && 'proposals' in shown.node ? shown.node : undefined;

  if (!shown) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={tc('status.loading')} />
        <LoadingStatus message={t('proposals.section.loading')} />
      </>
    );
  }
  if (!section) {
    return (
      <NotFoundPage
        title={t('proposals.section.notFoundTitle')}
        message={t('proposals.section.notFoundBody')}
      />
    );
  }

  const { consultation } = section;
  const page = data?.node && 'proposals' in data.node ? data.node.proposals : undefined;

  async function handleLoadMore() {
    if (!page) return;
    setLoadingMore(true);
    setLoadMoreFailed(false);
    try {
      await fetchMore({
        variables: { after: page.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous.node && 'proposals' in previous.node ? previous.node : null;
          const next =
            fetchMoreResult.node && 'proposals' in fetchMoreResult.node
              ? fetchMoreResult.node.proposals
              : null;
          if (!before || !next) return previous;
          return {
            ...previous,
            node: { ...before, proposals: appendPage(before.proposals, next) },
          };
        },
      });
    } catch {
      setLoadMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <PageTitle title={`${t('proposals.section.title')} — ${section.title}`} />
      <Breadcrumb
        items={[
          { label: tc('app.home'), to: '/' },
          {
            label: consultation.title,
            to: consultationPath(consultation.slug),
            lang: contentLanguage,
          },
          { label: t('proposals.section.breadcrumb') },
        ]}
      />
      <h1>
        {t('proposals.section.title')}
        <span className="heading-detail">
          {t('proposals.section.part')} <span lang={contentLanguage}>{section.title}</span>
        </span>
      </h1>
      <p className="lead">{t('proposals.section.intro')}</p>
      {consultation.rules.proposalsOpen ? (
        <p>
          <Link className="button" to={proposeArticlePath(consultation.slug, section.id)}>
            {t('proposals.propose')}
          </Link>
        </p>
      ) : (
        <p>{t('proposals.closed')}</p>
      )}
      <div className="amendments__filters">
        <div className="order-select">
          <label htmlFor={statusId} className="field__label">
            {t('proposals.section.statusLabel')}
          </label>
          <select
            id={statusId}
            className="input order-select__input"
            value={status}
            onChange={(event) => setStatus(event.target.value as ProposalStatus | '')}
          >
            <option value="">{t('proposals.section.statusAll')}</option>
            {statuses.map((value) => (
              <option key={value} value={value}>
                {t(`proposals.section.statusOption.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <OrderSelect
          id={orderId}
          label={t('proposals.section.orderLabel')}
          value={order}
          onChange={setOrder}
        />
      </div>
      <p role="status" className="amendments__count">
        {page
          ? page.totalCount === 0
            ? t('proposals.section.none')
            : t('proposals.section.count', { count: page.totalCount })
          : t('proposals.section.loading')}
      </p>
      {page && page.edges.length > 0 && (
        <ul className="proposal-cards">
          {page.edges.map(({ node }) => (
            <ProposalCard key={node.id} proposal={node} slug={consultation.slug} headingLevel={2} />
          ))}
        </ul>
      )}
      {loadMoreFailed && (
        <p role="alert" className="alert">
          {t('proposals.section.loadMoreError')}
        </p>
      )}
      {page?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={loadingMore}
          aria-busy={loadingMore}
          onClick={() => void handleLoadMore()}
        >
          {loadingMore ? t('proposals.section.loadingMore') : t('proposals.section.more')}
        </button>
      )}
      <p className="back-link">
        <Link to={`${consultationPath(consultation.slug)}#propositions`}>
          {t('proposals.backToConsultation')}
        </Link>
      </p>
    </>
  );
}

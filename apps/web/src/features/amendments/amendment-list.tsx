import './amendment-translations';
import '../deliberation/deliberation-translations';

import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';

import {
  ArticleAmendmentsDocument,
  type AmendmentStatus,
  type AmendmentSummaryFragment,
  type ArticleAmendmentsQuery,
  type ContributionOrder,
} from '../../gql/amendments/graphql';
import { appendPage } from '../../shared/append-page';
import { OrderSelect } from '../deliberation/order-select';
import { orderSeed } from '../deliberation/order-seed';
import { WorkshopProvenance } from '../workshops/workshop-provenance';
import {
  AmendmentDiff,
  AmendmentStatusBadge,
  DiffLegend,
  ProposedBy,
  rangeTitle,
  VotesSummary,
} from './amendment-ui';
import { amendmentListId, amendmentPath, lineFilterParam, wantsAmendmentListFocus } from './paths';

const pageSize = 10;

const statuses = [
  'OPEN',
  'INCORPORATED',
  'OUTDATED',
  'WITHDRAWN',
  'REJECTED',
] as const satisfies readonly AmendmentStatus[];

export interface AmendmentListProps {
  articleId: string;
  slug: string;
  /** Lines of the current version: a `?ligne=` beyond them is ignored. */
  lineCount: number;
}

type Connection = NonNullable<ArticleAmendmentsQuery['article']>['amendments'];

/** `?ligne=4` read from the address, when it names a line of the text. */
function lineFilterFrom(value: string | null, lineCount: number): number | null {
  if (value === null || !/^\d{1,7}$/.test(value)) return null;
  const line = Number(value);
  return line >= 1 && line <= lineCount ? line : null;
}

/**
 * The amendments of an article under its text: by status, in one of the public orders (RANDOM
 * with the visitor's own seed by default), narrowed to one line by a margin marker (`?ligne=4`).
 */
export function AmendmentList({ articleId, slug, lineCount }: AmendmentListProps) {
  const { t } = useTranslation('amendments');
  const { t: tc } = useTranslation();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const statusId = useId();
  const orderId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<AmendmentStatus | ''>('');
  const [order, setOrder] = useState<ContributionOrder>('RANDOM');
  const [seed] = useState(orderSeed);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const line = lineFilterFrom(searchParams.get(lineFilterParam), lineCount);

  const { data, error, refetch, fetchMore } = useQuery(ArticleAmendmentsDocument, {
    variables: {
      id: articleId,
      first: pageSize,
      status: status === '' ? undefined : status,
      orderBy: order,
      seed,
      fromLine: line ?? undefined,
      toLine: line ?? undefined,
    },
    // Publications move amendments and change their status: a cached page may be stale.
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.article?.amendments;

  // A margin marker was followed: the list it narrowed takes the focus, where it is read.
  useEffect(() => {
    if (!wantsAmendmentListFocus(location.state)) return;
    headingRef.current?.focus({ preventScroll: true });
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, [location.key, location.state]);

  async function handleLoadMore() {
    if (!page) return;
    setLoadingMore(true);
    setLoadMoreFailed(false);
    try {
      await fetchMore({
        variables: { after: page.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const next = fetchMoreResult.article?.amendments;
          if (!previous.article || !next) return previous;
          const merged: Connection = appendPage(previous.article.amendments, next);
          return { ...previous, article: { ...previous.article, amendments: merged } };
        },
      });
    } catch {
      setLoadMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }

  const withoutLine = new URLSearchParams(searchParams);
  withoutLine.delete(lineFilterParam);
  const allSearch = withoutLine.toString();

  return (
    <section
      aria-labelledby={`${amendmentListId}-titre`}
      id={amendmentListId}
      className="amendments"
    >
      <h2 id={`${amendmentListId}-titre`} ref={headingRef} tabIndex={-1}>
        {t('amendments.list.title')}
      </h2>
      <p className="amendments__intro">{t('amendments.list.intro')}</p>
      <div className="amendments__filters">
        <div className="order-select">
          <label htmlFor={statusId} className="field__label">
            {t('amendments.list.statusLabel')}
          </label>
          <select
            id={statusId}
            className="input order-select__input"
            value={status}
            onChange={(event) => setStatus(event.target.value as AmendmentStatus | '')}
          >
            <option value="">{t('amendments.list.statusAll')}</option>
            {statuses.map((value) => (
              <option key={value} value={value}>
                {t(`amendments.list.statusOption.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <OrderSelect
          id={orderId}
          label={t('amendments.list.orderLabel')}
          value={order}
          onChange={setOrder}
        />
      </div>
      {line !== null && (
        <p className="amendments__line-filter">
          <strong>{t('amendments.list.lineFilter', { line })}</strong>{' '}
          <Link
            to={{ search: allSearch ? `?${allSearch}` : '', hash: location.hash }}
            preventScrollReset
          >
            {t('amendments.list.showAll')}
          </Link>
        </p>
      )}
      <p role="status" className="amendments__count">
        {page
          ? page.totalCount === 0
            ? line !== null
              ? t('amendments.list.noneOnLine', { line })
              : status === ''
                ? t('amendments.list.none')
                : t('amendments.list.noneWithStatus')
            : t('amendments.list.count', { count: page.totalCount })
          : ''}
      </p>
      {!page ? (
        error ? (
          <div role="alert" className="alert">
            <p>{t('amendments.list.loadError')}</p>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => void refetch().catch(() => undefined)}
            >
              {tc('status.retry')}
            </button>
          </div>
        ) : (
          <p className="loading-status">{t('amendments.list.loading')}</p>
        )
      ) : (
        page.edges.length > 0 && (
          <>
            <DiffLegend />
            <ul className="amendment-cards">
              {page.edges.map(({ node }) => (
                <AmendmentCard key={node.id} amendment={node} slug={slug} articleId={articleId} />
              ))}
            </ul>
          </>
        )
      )}
      {loadMoreFailed && (
        <p role="alert" className="alert">
          {t('amendments.list.loadMoreError')}
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
          {loadingMore ? t('amendments.list.loadingMore') : t('amendments.list.more')}
        </button>
      )}
    </section>
  );
}

export interface AmendmentCardProps {
  amendment: AmendmentSummaryFragment;
  slug: string;
  articleId: string;
  headingLevel?: 3 | 4;
}

/** One amendment in a list: its lines (a link to its page), status, author, words and votes. */
export function AmendmentCard({
  amendment,
  slug,
  articleId,
  headingLevel = 3,
}: AmendmentCardProps) {
  const { t } = useTranslation('amendments');
  const { t: tc } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <li className="amendment-card">
      <Heading className="amendment-card__title">
        <Link to={amendmentPath(slug, articleId, amendment.id)}>{rangeTitle(t, amendment)}</Link>
      </Heading>
      <p className="amendment-card__meta">
        <AmendmentStatusBadge status={amendment.status} incorporatedIn={amendment.incorporatedIn} />
        <span>
          <ProposedBy author={amendment.author} createdAt={amendment.createdAt} />
          {' · '}
          {tc('versions.name', { number: amendment.baseVersion.number })}
        </span>
      </p>
      <WorkshopProvenance workshop={amendment.workshop} enteredBy={amendment.author} />
      <AmendmentDiff segments={amendment.diff} />
      <p className="amendment-card__votes">
        <VotesSummary votes={amendment.votes} />
      </p>
    </li>
  );
}

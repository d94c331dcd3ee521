import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import {
  ModerationLogDocument,
  type ModerationActionFieldsFragment,
} from '../../gql/moderation/graphql';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { appendPage } from '../../shared/append-page';
import { consultationPath } from '../consultations/paths';
import { useModerationTranslation } from './moderation-translations';
import { ContributionLink, type PlacedTarget } from './moderation-ui';

const pageSize = 50;

/**
 * `/consultations/:slug/moderation` — the public log: every decision with its date, kind,
 * category, statement of reasons and the contribution; never who reported.
 */
export function ModerationLogPage() {
  const { t } = useModerationTranslation();
  const { t: tc } = useTranslation();
  const slug = useParams().slug ?? '';
  const { data, error, refetch, fetchMore } = useQuery(ModerationLogDocument, {
    variables: { slug, first: pageSize },
  });
  const [loadingMore, setLoadingMore] = useState(false);

  if (!data) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={t('log.title')} />
        <LoadingStatus message={t('log.loading')} />
      </>
    );
  }
  const consultation = data.consultation;
  if (!consultation) {
    return (
      <div className="narrow">
        <PageTitle title={t('log.title')} />
        <h1>{t('log.title')}</h1>
        <p>{t('log.notFound')}</p>
      </div>
    );
  }
  const log = data.moderationLog;

  async function handleMore() {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: log.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const next = fetchMoreResult.moderationLog;
          return { ...previous, moderationLog: appendPage(previous.moderationLog, next) };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <div className="moderation-log">
      <PageTitle title={t('log.pageTitle', { title: consultation.title })} />
      <Breadcrumb
        items={[
          { label: tc('app.home'), to: '/' },
          { label: consultation.title, to: consultationPath(consultation.slug), lang: 'fr' },
          { label: t('log.title') },
        ]}
      />
      <h1>{t('log.title')}</h1>
      <p className="lead">{t('log.intro')}</p>
      <p>{t('log.count', { count: log.totalCount })}</p>
      {log.edges.length > 0 && (
        <ol className="moderation-entries">
          {log.edges.map(({ node }) => (
            <li key={node.id}>
              <LogEntry action={node} target={node.target as PlacedTarget | null} />
            </li>
          ))}
        </ol>
      )}
      {log.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={loadingMore}
          aria-busy={loadingMore}
          onClick={() => void handleMore().catch(() => undefined)}
        >
          {t('log.more')}
        </button>
      )}
    </div>
  );
}

/** One decision: its kind as a heading, then date, category, reason and what it concerned. */
export function LogEntry({
  action,
  target,
  headingLevel = 2,
}: {
  action: ModerationActionFieldsFragment;
  target?: PlacedTarget | null;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useModerationTranslation();
  const language = useLanguage();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="moderation-entry">
      <Heading className="moderation-entry__kind">{t(`kind.${action.kind}`)}</Heading>
      <dl className="moderation-entry__facts">
        <div>
          <dt>{t('log.date')}</dt>
          <dd>
            <time dateTime={action.createdAt}>{formatDate(action.createdAt, language)}</time>
            {action.automatic && ` — ${t('log.automatic')}`}
          </dd>
        </div>
        <div>
          <dt>{t('log.category')}</dt>
          <dd>{t(`reason.${action.reasonCategory}`)}</dd>
        </div>
        <div>
          <dt>{t('log.reason')}</dt>
          <dd lang="fr">{action.reason}</dd>
        </div>
        {target !== undefined && (
          <div>
            <dt>{t('log.contribution')}</dt>
            <dd>
              <ContributionLink target={target} />
            </dd>
          </div>
        )}
        {action.suspendedUntil && (
          <div>
            <dt>{t('kind.SUSPEND')}</dt>
            <dd>
              {t('log.suspendedUntil', { date: formatDate(action.suspendedUntil, language) })}
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}

import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import {
  ObligationsPageDocument,
  type ObligationState,
  type ObligationsPageQuery,
} from '../../gql/responses/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { consultationPath } from '../consultations/paths';
import { ObligationItem } from './obligation-item';
import { ObligationTimelineChart } from './obligation-timeline-chart';
import { useResponsesTranslation } from './responses-translations';
import { obligationsPath, stateParam } from './paths';

type Consultation = NonNullable<ObligationsPageQuery['consultation']>;

/** The filter's values as people read them in the address. */
const stateSlugs: Record<ObligationState, string> = {
  ANSWERED: 'repondu',
  PENDING: 'en-attente',
  OVERDUE: 'en-retard',
};

function stateFrom(value: string | null): ObligationState | undefined {
  return (Object.keys(stateSlugs) as ObligationState[]).find(
    (state) => stateSlugs[state] === value,
  );
}

/**
 * `/consultations/:slug/reponses`, « Réponses et engagements »: the rule the officials follow,
 * where the answers stand (counts and a chart) and every contribution that calls for one.
 */
export function ObligationsPage() {
  const { t } = useResponsesTranslation();
  const { t: tc } = useTranslation();
  const { slug = '' } = useParams();
  const [searchParams] = useSearchParams();
  const state = stateFrom(searchParams.get(stateParam));
  const { data, previousData, error, refetch } = useQuery(ObligationsPageDocument, {
    variables: { slug, state },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;

  if (!shown) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={t('public.title')} />
        <LoadingStatus message={tc('status.loading')} />
      </>
    );
  }
  const { consultation } = shown;
  if (!consultation) return <NotFoundPage message={t('public.notFound')} />;

  return (
    <>
      <PageTitle title={`${t('public.title')} — ${consultation.title}`} />
      <Breadcrumb
        items={[
          { label: tc('app.home'), to: '/' },
          {
            label: consultation.title,
            to: consultationPath(consultation.slug),
            lang: contentLanguage,
          },
          { label: t('public.title') },
        ]}
      />
      <h1>{t('public.title')}</h1>
      <p className="lead">{t('public.intro')}</p>
      <PolicySection consultation={consultation} />
      {consultation.responsePolicy && (
        <>
          <SummarySection summary={consultation.obligationSummary} />
          <ObligationTimelineChart slug={consultation.slug} />
          <section aria-labelledby="obligations-list-title" className="obligations">
            <h2 id="obligations-list-title">{t('public.listTitle')}</h2>
            <nav aria-label={t('public.filterLabel')} className="tabs obligations__filter">
              <ul>
                {([undefined, 'ANSWERED', 'PENDING', 'OVERDUE'] as const).map((value) => {
                  const to = value
                    ? `${obligationsPath(consultation.slug)}?${stateParam}=${stateSlugs[value]}`
                    : obligationsPath(consultation.slug);
                  return (
                    <li key={value ?? 'all'}>
                      <Link
                        to={to}
                        aria-current={state === value ? 'page' : undefined}
                        preventScrollReset
                      >
                        {value ? t(`public.filter${value}`) : t('public.filterAll')}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
            <p role="status" className="obligations__count">
              {t('public.shown', {
                shown: consultation.obligations.edges.length,
                total: consultation.obligations.totalCount,
              })}
            </p>
            {consultation.obligations.edges.length === 0 ? (
              <p>{t('public.empty')}</p>
            ) : (
              <ul className="obligation-list">
                {consultation.obligations.edges.map(({ node }) => (
                  <ObligationItem key={node.id} obligation={node} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

/** « La règle »: which contributions call for a response, and the deadline. */
function PolicySection({ consultation }: { consultation: Consultation }) {
  const { t } = useResponsesTranslation();
  const language = useLanguage();
  const policy = consultation.responsePolicy;
  return (
    <section aria-labelledby="policy-title" className="response-policy">
      <h2 id="policy-title">{t('public.policyTitle')}</h2>
      {policy ? (
        <ul>
          {policy.minVotes !== null && (
            <li>{t('public.policyMinVotes', { count: policy.minVotes })}</li>
          )}
          {policy.topPerArticle !== null && policy.topPerArticle > 0 && (
            <li>{t('public.policyTop', { count: policy.topPerArticle })}</li>
          )}
          <li>
            {policy.deadlineDays !== null
              ? t('public.policyDeadline', { count: policy.deadlineDays })
              : t('public.policyNoDeadline')}
          </li>
          {policy.frozenAt && (
            <li>{t('public.frozen', { date: formatDate(policy.frozenAt, language) })}</li>
          )}
        </ul>
      ) : (
        <p>{t('public.noPolicy')}</p>
      )}
    </section>
  );
}

/** The counts, as text and as bars: each bar has its label and its value written beside it. */
function SummarySection({ summary }: { summary: Consultation['obligationSummary'] }) {
  const { t } = useResponsesTranslation();
  const rows = [
    { key: 'answeredOnTime', value: summary.answeredOnTime },
    { key: 'answeredLate', value: summary.answeredLate },
    { key: 'pending', value: summary.pending },
    { key: 'overdue', value: summary.overdue },
  ] as const;
  const largest = Math.max(1, ...rows.map((row) => row.value));
  return (
    <section aria-labelledby="summary-title" className="obligation-summary">
      <h2 id="summary-title">{t('public.summaryTitle')}</h2>
      <p>{t('public.summaryTotal', { count: summary.total })}</p>
      <figure className="summary-chart">
        <figcaption>{t('public.chartCaption', { count: summary.total })}</figcaption>
        <dl>
          {rows.map((row) => (
            <div key={row.key} className={`summary-chart__row summary-chart__row--${row.key}`}>
              <dt>{t(`public.${row.key}`)}</dt>
              <dd>
                <span
                  className="summary-chart__bar"
                  style={{ width: `${(row.value / largest) * 100}%` }}
                  aria-hidden="true"
                />
                <span className="summary-chart__value">{row.value}</span>
              </dd>
            </div>
          ))}
        </dl>
      </figure>
    </section>
  );
}

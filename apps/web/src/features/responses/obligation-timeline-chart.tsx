import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useMemo, useState } from 'react';

import {
  ObligationTimelineDocument,
  type ObligationTimelineQuery,
} from '../../gql/responses/graphql';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { obligationTimeline, timelineRows, type TimelineObligation } from './obligation-timeline';
import { useResponsesTranslation } from './responses-translations';

type Loaded = { closesAt: string | null; obligations: TimelineObligation[] };

/** Every obligation owed, all pages (100 at a time); null while loading, 'error' on failure. */
function useAllObligations(slug: string): Loaded | null | 'error' {
  const client = useApolloClient();
  const [result, setResult] = useState<Loaded | null | 'error'>(null);
  useEffect(() => {
    let cancelled = false;
    async function load(): Promise<Loaded | null> {
      const obligations: TimelineObligation[] = [];
      let closesAt: string | null = null;
      let after: string | null = null;
      // A bound on the pages: the server caps a page at 100.
      for (let page = 0; page < 100; page += 1) {
        const { data }: { data?: ObligationTimelineQuery } = await client.query({
          query: ObligationTimelineDocument,
          variables: { slug, after },
        });
        const consultation: ObligationTimelineQuery['consultation'] = data?.consultation ?? null;
        if (!consultation) return null;
        closesAt = consultation.closesAt;
        obligations.push(...consultation.timeline.edges.map(({ node }) => node));
        const { hasNextPage, endCursor }: { hasNextPage: boolean; endCursor: string | null } =
          consultation.timeline.pageInfo;
        if (!hasNextPage || !endCursor) break;
        after = endCursor;
      }
      return { closesAt, obligations };
    }
    load().then(
      (loaded) => {
        if (!cancelled) setResult(loaded ?? 'error');
      },
      () => {
        if (!cancelled) setResult('error');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, slug]);
  return result;
}

const width = 640;
const height = 220;
const plot = { left: 36, right: 8, top: 8, bottom: 28 };

/**
 * « Évolution dans le temps »: stacked bars, one a day, with a legend that names each pattern
 * and, for screen readers and for the record, the numbers in a real table.
 */
export function ObligationTimelineChart({ slug }: { slug: string }) {
  const { t } = useResponsesTranslation();
  const language = useLanguage();
  const loaded = useAllObligations(slug);
  const ids = useId().replace(/[^a-zA-Z0-9]/g, '');
  const days = useMemo(
    () =>
      loaded && loaded !== 'error'
        ? obligationTimeline(loaded.obligations, loaded.closesAt, new Date())
        : [],
    [loaded],
  );

  let content;
  if (loaded === null) content = <p role="status">{t('public.timelineLoading')}</p>;
  else if (loaded === 'error') content = <p role="alert">{t('public.timelineError')}</p>;
  else if (loaded.obligations.length === 0) content = <p>{t('public.timelineEmpty')}</p>;
  else {
    const total = loaded.obligations.length;
    const last = days[days.length - 1];
    const date = (day: string) => formatDate(`${day}T12:00:00Z`, language);
    const plotWidth = width - plot.left - plot.right;
    const plotHeight = height - plot.top - plot.bottom;
    const step = plotWidth / days.length;
    const y = (value: number) => plot.top + plotHeight - (value / total) * plotHeight;
    const fills = {
      answered: `url(#${ids}-answered)`,
      overdue: `url(#${ids}-overdue)`,
      pending: `url(#${ids}-pending)`,
    };
    const rows = timelineRows(days);
    content = (
      <>
        <svg
          className="timeline-chart__svg"
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={`${ids}-title ${ids}-desc`}
        >
          <title id={`${ids}-title`}>
            {t('public.timelineSvgTitle', { from: date(days[0].date), to: date(last.date) })}
          </title>
          <desc id={`${ids}-desc`}>
            {t('public.timelineSvgDesc', {
              to: date(last.date),
              answered: last.answered,
              overdue: last.overdue,
              pending: last.pending,
              total,
            })}
          </desc>
          <defs>
            <pattern id={`${ids}-answered`} width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" className="timeline-chart__answered" />
            </pattern>
            <pattern
              id={`${ids}-overdue`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="#fff" />
              <rect width="3" height="6" className="timeline-chart__overdue" />
            </pattern>
            <pattern id={`${ids}-pending`} width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" className="timeline-chart__pending" />
              <circle cx="3" cy="3" r="1.2" className="timeline-chart__dot" />
            </pattern>
          </defs>
          <g className="timeline-chart__axis">
            <line x1={plot.left} x2={width - plot.right} y1={y(0)} y2={y(0)} />
            <text x={plot.left - 6} y={y(0)} textAnchor="end" dominantBaseline="middle">
              0
            </text>
            <text x={plot.left - 6} y={y(total)} textAnchor="end" dominantBaseline="hanging">
              {total}
            </text>
            <text x={plot.left} y={height - 6}>
              {date(days[0].date)}
            </text>
            {days.length > 1 && (
              <text x={width - plot.right} y={height - 6} textAnchor="end">
                {date(last.date)}
              </text>
            )}
          </g>
          {days.map((day, index) => {
            const x = plot.left + index * step + step * 0.1;
            const barWidth = Math.max(step * 0.8, 1);
            let base = 0;
            return (
              <g key={day.date}>
                {(['answered', 'overdue', 'pending'] as const).map((part) => {
                  const value = day[part];
                  const top = y(base + value);
                  const bottom = y(base);
                  base += value;
                  return value > 0 ? (
                    <rect
                      key={part}
                      x={x}
                      y={top}
                      width={barWidth}
                      height={bottom - top}
                      fill={fills[part]}
                      className="timeline-chart__bar"
                    />
                  ) : null;
                })}
              </g>
            );
          })}
        </svg>
        <ul className="timeline-chart__legend" aria-label={t('public.timelineLegend')}>
          {(['answered', 'overdue', 'pending'] as const).map((part) => (
            <li key={part}>
              <svg width="20" height="14" aria-hidden="true" focusable="false">
                <rect width="20" height="14" fill={fills[part]} className="timeline-chart__bar" />
              </svg>
              {t(
                part === 'answered'
                  ? 'public.timelineAnswered'
                  : part === 'overdue'
                    ? 'public.timelineOverdue'
                    : 'public.timelinePending',
              )}
            </li>
          ))}
        </ul>
        <details className="timeline-chart__data">
          <summary>{t('public.timelineData')}</summary>
          <div className="timeline-chart__table">
            <table>
              <caption>
                {rows.length === days.length
                  ? t('public.timelineCaptionDaily')
                  : t('public.timelineCaptionWeekly')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('public.timelineDay')}</th>
                  <th scope="col">{t('public.timelineAnsweredCol')}</th>
                  <th scope="col">{t('public.timelineOverdueCol')}</th>
                  <th scope="col">{t('public.timelinePendingCol')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((day) => (
                  <tr key={day.date}>
                    <th scope="row">{date(day.date)}</th>
                    <td>{day.answered}</td>
                    <td>{day.overdue}</td>
                    <td>{day.pending}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </>
    );
  }

  return (
    <section aria-labelledby={`${ids}-heading`} className="timeline-chart">
      <h2 id={`${ids}-heading`}>{t('public.timelineTitle')}</h2>
      <p>{t('public.timelineExplain')}</p>
      {content}
    </section>
  );
}

import { useId, useMemo, useSyncExternalStore } from 'react';

import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { activityBars, type ActivityDay, niceMax } from './activity-series';
import { useParticipantsTranslation } from './participants-translations';

const narrowQuery = '(max-width: 40rem)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(narrowQuery);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True on a narrow screen (320 px…): the chart then draws fewer units so its text stays large. */
function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(narrowQuery).matches,
    () => false,
  );
}

/** Two sizes of drawing: on a narrow screen the same width holds half the units (text twice as big). */
const sizes = {
  wide: { width: 640, height: 220, font: 12, plot: { left: 36, right: 8, top: 10, bottom: 26 } },
  narrow: { width: 320, height: 220, font: 14, plot: { left: 30, right: 6, top: 10, bottom: 26 } },
} as const;

/**
 * « Participation dans le temps »: per day (or week), a solid bar for contributions and a
 * hatched one for votes, a legend naming both, and the numbers in a real table.
 */
export function ActivityChart({ days }: { days: readonly ActivityDay[] }) {
  const { t } = useParticipantsTranslation();
  const language = useLanguage();
  const narrow = useNarrow();
  const ids = useId().replace(/[^a-zA-Z0-9]/g, '');
  const bars = useMemo(() => activityBars(days), [days]);

  let content;
  if (bars.length === 0) content = <p>{t('activity.empty')}</p>;
  else {
    const { width, height, font, plot } = narrow ? sizes.narrow : sizes.wide;
    const date = (day: string) => formatDate(`${day}T12:00:00Z`, language);
    const first = bars[0];
    const last = bars[bars.length - 1];
    const top = niceMax(Math.max(...bars.map((bar) => Math.max(bar.contributions, bar.votes))));
    const plotWidth = width - plot.left - plot.right;
    const plotHeight = height - plot.top - plot.bottom;
    // A few days stay slim bars from the left, not one bar across the whole chart.
    const step = Math.min(plotWidth / bars.length, plotWidth / 12);
    const y = (value: number) => plot.top + plotHeight - (value / top) * plotHeight;
    const totals = days.reduce(
      (sum, day) => ({
        contributions: sum.contributions + day.contributions,
        votes: sum.votes + day.votes,
      }),
      { contributions: 0, votes: 0 },
    );
    const fills = { contributions: 'var(--color-primary)', votes: `url(#${ids}-votes)` };
    content = (
      <>
        <svg
          className="activity-chart__svg"
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={`${ids}-title ${ids}-desc`}
          style={{ fontSize: font }}
        >
          <title id={`${ids}-title`}>
            {t('activity.svgTitle', {
              from: date(days[0]?.date ?? first.date),
              to: date(days.at(-1)?.date ?? last.date),
            })}
          </title>
          <desc id={`${ids}-desc`}>{t('activity.svgDesc', { ...totals, days: days.length })}</desc>
          <defs>
            <pattern
              id={`${ids}-votes`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="#fff" />
              <rect width="3" height="6" className="activity-chart__votes" />
            </pattern>
          </defs>
          <g className="activity-chart__axis">
            <line x1={plot.left} x2={width - plot.right} y1={y(0)} y2={y(0)} />
            <text x={plot.left - 4} y={y(0)} textAnchor="end" dominantBaseline="middle">
              0
            </text>
            <text x={plot.left - 4} y={y(top)} textAnchor="end" dominantBaseline="hanging">
              {top}
            </text>
            <text x={plot.left} y={height - 6}>
              {date(first.date)}
            </text>
            {bars.length > 1 && (
              <text x={width - plot.right} y={height - 6} textAnchor="end">
                {date(last.date)}
              </text>
            )}
          </g>
          {bars.map((bar, index) => {
            const x = plot.left + index * step + step * 0.1;
            const barWidth = Math.max((step * 0.8) / 2, 0.5);
            return (
              <g key={bar.date}>
                {(['contributions', 'votes'] as const).map((part, offset) =>
                  bar[part] > 0 ? (
                    <rect
                      key={part}
                      x={x + offset * barWidth}
                      y={y(bar[part])}
                      width={barWidth}
                      height={y(0) - y(bar[part])}
                      fill={fills[part]}
                      className="activity-chart__bar"
                    />
                  ) : null,
                )}
              </g>
            );
          })}
        </svg>
        <ul className="activity-chart__legend" aria-label={t('activity.legend')}>
          {(['contributions', 'votes'] as const).map((part) => (
            <li key={part}>
              <svg width="20" height="14" aria-hidden="true" focusable="false">
                <rect width="20" height="14" fill={fills[part]} className="activity-chart__bar" />
              </svg>
              {t(part === 'contributions' ? 'activity.contributions' : 'activity.votes')}
            </li>
          ))}
        </ul>
        <details className="activity-chart__data">
          <summary>{t('activity.data')}</summary>
          {/* Focusable: when narrow, the table scrolls sideways within its box (keyboard too). */}
          <div
            className="activity-chart__table"
            tabIndex={0}
            role="region"
            aria-label={t('activity.caption')}
          >
            <table>
              <caption>{t('activity.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('activity.day')}</th>
                  <th scope="col">{t('activity.contributions')}</th>
                  <th scope="col">{t('activity.votes')}</th>
                </tr>
              </thead>
              <tbody>
                {days.map((day) => (
                  <tr key={day.date}>
                    <th scope="row">
                      <time dateTime={day.date}>{date(day.date)}</time>
                    </th>
                    <td>{day.contributions}</td>
                    <td>{day.votes}</td>
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
    <section aria-labelledby={`${ids}-heading`} className="activity-chart">
      <h2 id={`${ids}-heading`}>{t('activity.title')}</h2>
      <p>{t('activity.explain')}</p>
      {content}
    </section>
  );
}

import { splitLines } from '@amendo/text';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { AmendmentDetailFragment } from '../../gql/amendments/graphql';
import { contentLanguage } from '../../i18n/i18n';

interface PlaceLine {
  number: number;
  text: string;
  marked: boolean;
}

/**
 * Where an amendment sits: the lines of its version with those it replaces highlighted (or the
 * point where it inserts), then the whole article as it would read with it.
 */
export function AmendmentPlace({ amendment }: { amendment: AmendmentDetailFragment }) {
  const { t } = useTranslation('amendments');
  const { lineStart, lineEnd, kind, baseVersion } = amendment;
  const isInsertion = kind === 'INSERTION';
  const baseLines: PlaceLine[] = baseVersion.lines.map((line) => ({
    ...line,
    marked: line.number >= lineStart && line.number <= lineEnd,
  }));
  const proposedCount = splitLines(amendment.proposedText ?? '').length;
  const resultingLines: PlaceLine[] = splitLines(amendment.resultingText ?? '').map(
    (text, index) => ({
      number: index + 1,
      text,
      marked: index + 1 >= lineStart && index + 1 < lineStart + proposedCount,
    }),
  );

  return (
    <>
      <h3>{t('amendments.page.placeInVersion', { number: baseVersion.number })}</h3>
      <PlaceLines
        lines={baseLines}
        label={t('amendments.page.placeListLabel', { number: baseVersion.number })}
        markLabel={t('amendments.page.lineTargeted')}
        insertionBefore={isInsertion ? lineStart : undefined}
      />
      <details className="hint amendment-place__result">
        <summary>{t('amendments.page.resultTitle')}</summary>
        {amendment.resultingText === null ? (
          <p>{t('amendments.hidden')}</p>
        ) : resultingLines.length === 0 ? (
          <p>{t('amendments.page.resultEmpty')}</p>
        ) : (
          <PlaceLines
            lines={resultingLines}
            label={t('amendments.page.resultListLabel')}
            markLabel={t('amendments.page.lineProposed')}
          />
        )}
      </details>
    </>
  );
}

interface PlaceLinesProps {
  lines: readonly PlaceLine[];
  label: string;
  /** Said after each highlighted line (« visée par la proposition »). */
  markLabel: string;
  /** An insertion: the point before this line (`lines.length + 1`: at the end). */
  insertionBefore?: number;
}

function PlaceLines({ lines, label, markLabel, insertionBefore }: PlaceLinesProps) {
  const { t } = useTranslation('amendments');
  const insertion = (
    <li className="article-line article-line--insertion">
      <span className="article-line__number" aria-hidden="true">
        +
      </span>
      <span className="article-line__text">{t('amendments.page.insertionPoint')}</span>
    </li>
  );
  return (
    <ol className="article-lines article-lines--static" aria-label={label}>
      {lines.map((line) => (
        <PlaceLineItem
          key={line.number}
          line={line}
          markLabel={markLabel}
          before={line.number === insertionBefore ? insertion : null}
        />
      ))}
      {insertionBefore !== undefined && insertionBefore > lines.length && insertion}
    </ol>
  );
}

function PlaceLineItem({
  line,
  markLabel,
  before,
}: {
  line: PlaceLine;
  markLabel: string;
  before: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {before}
      <li className={line.marked ? 'article-line article-line--selected' : 'article-line'}>
        <span className="article-line__number">
          <span className="visually-hidden">{t('lines.line')} </span>
          {line.number}
        </span>
        <span className="article-line__text" lang={contentLanguage}>
          {line.text === '' ? (
            <span className="visually-hidden">{t('lines.empty')}</span>
          ) : (
            line.text
          )}
        </span>
        {line.marked && <span className="visually-hidden"> {markLabel}</span>}
      </li>
    </>
  );
}

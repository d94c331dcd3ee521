import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { AmendmentDetailFragment } from '../../gql/amendments/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';

type Revision = AmendmentDetailFragment['revisions'][number];
type Translate = TFunction<'amendments'>;

/** « lignes 3 à 4 », « ligne 6 », « après la ligne 4 », « au début de l’article ». */
export function linesInWords(t: Translate, lineStart: number, lineEnd: number): string {
  if (lineEnd === lineStart - 1) {
    return lineStart <= 1
      ? t('amendments.lines.atStart')
      : t('amendments.lines.after', { line: lineEnd });
  }
  return t('amendments.lines.range', {
    count: lineEnd - lineStart + 1,
    start: lineStart,
    end: lineEnd,
  });
}

function revisionLabel(t: Translate, revision: Revision): string {
  const lines =
    revision.lineStart !== null && revision.lineEnd !== null
      ? linesInWords(t, revision.lineStart, revision.lineEnd)
      : '';
  const version = revision.baseVersionNumber ?? 0;
  switch (revision.kind) {
    case 'CREATED':
      return t('amendments.revisions.CREATED', { version, lines });
    case 'EDITED':
      return t('amendments.revisions.EDITED', { version, lines });
    case 'REANCHORED':
      return t('amendments.revisions.REANCHORED', { version, lines });
    case 'OUTDATED':
      return t('amendments.revisions.OUTDATED');
    case 'INCORPORATED':
      return t('amendments.revisions.INCORPORATED');
    case 'WITHDRAWN':
      return t('amendments.revisions.WITHDRAWN');
    case 'ADOPTED':
      return t('amendments.revisions.ADOPTED');
  }
}

/**
 * Every change of an amendment, oldest first: proposed, edited (with the words as they were),
 * moved onto a new version, outdated, incorporated or withdrawn. The history is public.
 */
export function AmendmentRevisions({ revisions }: { revisions: readonly Revision[] }) {
  const { t } = useTranslation('amendments');
  const language = useLanguage();
  return (
    <ol className="revisions">
      {revisions.map((revision) => (
        <li key={revision.number} className="revisions__item">
          <p className="revisions__label">
            <strong>{revisionLabel(t, revision)}</strong>{' '}
            <span className="revisions__date">
              {t('amendments.revisions.on', { date: formatDate(revision.createdAt, language) })}
            </span>
          </p>
          {(revision.kind === 'CREATED' || revision.kind === 'EDITED') && (
            <details className="hint">
              <summary>{t('amendments.revisions.showWords', { number: revision.number })}</summary>
              <dl className="revisions__words">
                <dt>{t('amendments.revisions.proposedText')}</dt>
                <dd lang={contentLanguage}>
                  {revision.proposedText === '' || revision.proposedText === null
                    ? t('amendments.revisions.noText')
                    : revision.proposedText}
                </dd>
                <dt>{t('amendments.page.rationaleTitle')}</dt>
                <dd lang={contentLanguage}>{revision.rationale ?? t('amendments.hidden')}</dd>
              </dl>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}

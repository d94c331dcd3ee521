import './amendment-translations';

import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';

import type {
  AmendmentKind,
  AmendmentStatus,
  AmendmentSummaryFragment,
  DiffSegmentKind,
} from '../../gql/amendments/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { AuthorLink } from '../participants/author-link';

type Translate = TFunction<'amendments'>;

/**
 * What an amendment does, in words: « Modification des lignes 3 à 4 », « Suppression de la
 * ligne 6 », « Ajout après la ligne 4 », « Ajout au début de l’article ».
 */
export function rangeTitle(
  t: Translate,
  amendment: { kind: AmendmentKind; lineStart: number; lineEnd: number },
): string {
  const { kind, lineStart: start, lineEnd: end } = amendment;
  if (kind === 'INSERTION') {
    return start <= 1
      ? t('amendments.range.insertAtStart')
      : t('amendments.range.insertAfter', { line: end });
  }
  const count = end - start + 1;
  return kind === 'DELETION'
    ? t('amendments.range.delete', { count, start, end })
    : t('amendments.range.replace', { count, start, end });
}

export interface AmendmentStatusBadgeProps {
  status: AmendmentStatus;
  incorporatedIn: { number: number } | null;
}

/** « Ouvert », « Intégré dans la version 2 », « Rejeté », « Retiré », « Dépassé : le texte a changé ». */
export function AmendmentStatusBadge({ status, incorporatedIn }: AmendmentStatusBadgeProps) {
  const { t } = useTranslation('amendments');
  return (
    <span className={`status-badge status-badge--${status.toLowerCase()}`}>
      {statusLabel(t, status, incorporatedIn)}
    </span>
  );
}

export function statusLabel(
  t: Translate,
  status: AmendmentStatus,
  incorporatedIn: { number: number } | null,
): string {
  if (status === 'INCORPORATED' && incorporatedIn) {
    return t('amendments.status.INCORPORATED', { number: incorporatedIn.number });
  }
  if (status === 'INCORPORATED') return t('amendments.status.INCORPORATED_unknown');
  return t(`amendments.status.${status}`);
}

export interface AmendmentDiffProps {
  segments: readonly { kind: DiffSegmentKind; text: string }[];
  className?: string;
}

/**
 * The words an amendment changes: struck through when deleted, underlined when added (colour is
 * never the only cue), and said aloud as « supprimé » / « ajouté ». Line breaks are kept.
 */
export function AmendmentDiff({ segments, className }: AmendmentDiffProps) {
  const { t } = useTranslation();
  return (
    <div className={`diff amendment-diff ${className ?? ''}`} lang={contentLanguage}>
      {segments.map((segment, index) => {
        if (segment.kind === 'EQUAL') return <span key={index}>{segment.text}</span>;
        const Tag = segment.kind === 'DELETE' ? 'del' : 'ins';
        const prefix = segment.kind === 'DELETE' ? t('diff.deletedStart') : t('diff.insertedStart');
        return (
          <Tag key={index}>
            <span className="visually-hidden">{prefix}</span>
            {segment.text}
            <span className="visually-hidden">{t('diff.changeEnd')}</span>
          </Tag>
        );
      })}
    </div>
  );
}

/** How deleted and added words look, said once above the diffs. */
export function DiffLegend() {
  const { t } = useTranslation();
  return (
    <ul className="diff-legend" aria-label={t('diff.legendLabel')}>
      <li>
        <span className="diff-sample diff-sample--deleted" aria-hidden="true">
          {t('diff.sampleWord')}
        </span>{' '}
        {t('diff.legendDeleted')}
      </li>
      <li>
        <span className="diff-sample diff-sample--inserted" aria-hidden="true">
          {t('diff.sampleWord')}
        </span>{' '}
        {t('diff.legendInserted')}
      </li>
    </ul>
  );
}

/** « 3 d’accord, 1 mitigé, 0 pas d’accord », or « Aucun vote pour l’instant ». */
export function VotesSummary({ votes }: { votes: AmendmentSummaryFragment['votes'] }) {
  const { t } = useTranslation('amendments');
  if (votes.total === 0) return <>{t('amendments.votes.none')}</>;
  return (
    <>
      {t('amendments.votes.summary', {
        agree: votes.agree,
        mixed: votes.mixed,
        disagree: votes.disagree,
        count: votes.total,
      })}
    </>
  );
}

/** « Proposé par Camille le 29 novembre 2026 » (or by a deleted account). */
export function ProposedBy({
  author,
  createdAt,
}: {
  author: { id: string; displayName: string } | null;
  createdAt: string;
}) {
  const { t } = useTranslation('amendments');
  const language = useLanguage();
  const date = formatDate(createdAt, language);
  return author ? (
    <Trans
      t={t}
      i18nKey="amendments.proposedBy"
      values={{ date }}
      components={{ author: <AuthorLink author={author} /> }}
    />
  ) : (
    <>{t('amendments.proposedByDeleted', { date })}</>
  );
}

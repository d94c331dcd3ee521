import { Link } from 'react-router';

import type {
  PlaceAmendmentFragment,
  PlaceArticleFragment,
  PlaceProposalFragment,
  ReportReason,
} from '../../gql/moderation/graphql';
import { amendmentPath } from '../amendments/paths';
import { articlePath } from '../consultations/paths';
import { proposalPath } from '../proposals/paths';
import { useModerationTranslation } from './moderation-translations';

export const reportReasons: readonly ReportReason[] = [
  'SPAM',
  'OFFENSIVE',
  'HARASSMENT',
  'OFF_TOPIC',
  'PERSONAL_DATA',
  'MISINFORMATION',
  'OTHER',
];

/** What a log entry or a queue item points at: a contribution, where it sits, or nothing. */
type PlaceFragment = PlaceArticleFragment | PlaceAmendmentFragment | PlaceProposalFragment;
type ModeratedPlaceFragment = PlaceFragment | { __typename: string; id: string };

export interface PlacedTarget {
  __typename: string;
  id: string;
  target?: ModeratedPlaceFragment;
}

type Place = { path: string; label: string } | undefined;

/** Where a contribution is read (its page, or the page of what it is about), and how to say it. */
export function usePlace() {
  const { t } = useModerationTranslation();
  function placeOf(node: ModeratedPlaceFragment): Place {
    if ('consultation' in node && node.__typename === 'Article')
      return {
        path: articlePath(node.consultation.slug, node.id),
        label: t('place.article', { number: node.number }),
      };
    if ('article' in node && node.__typename === 'Amendment')
      return {
        path: amendmentPath(node.article.consultation.slug, node.article.id, node.id),
        label: t('place.amendment', { number: node.article.number }),
      };
    if ('section' in node && node.__typename === 'Proposal')
      return {
        path: proposalPath(node.section.consultation.slug, node.id),
        label: node.title ? t('place.proposal', { title: node.title }) : t('place.proposalHidden'),
      };
    return undefined;
  }
  /** The contribution's own place: arguments and sources live on the page of their target. */
  return function place(target: PlacedTarget): Place {
    if (target.target) return placeOf(target.target);
    const node = target as PlaceFragment;
    const own = placeOf(node);
    if (!own) return undefined;
    if (node.__typename === 'Amendment')
      return { ...own, label: t('place.amendmentOf', { number: node.article.number }) };
    if (node.__typename === 'Proposal' && node.title) return { ...own, label: `« ${node.title} »` };
    return { ...own, label: '' };
  };
}

/** "Argument sur l'article 3", linked to where it is read. */
export function ContributionLink({ target }: { target: PlacedTarget | null }) {
  const { t } = useModerationTranslation();
  const place = usePlace();
  if (!target) return <span>{t('log.gone')}</span>;
  if (target.__typename === 'Participant') return <span>{t('log.account')}</span>;
  const type = t(`type.${target.__typename as 'Argument'}`);
  const where = place(target);
  const label = `${type} ${where?.label ?? ''}`.trim();
  return where ? <Link to={where.path}>{label}</Link> : <span>{label}</span>;
}

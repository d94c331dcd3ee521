import type {
  AmendmentPlaceFragment,
  ArticlePlaceFragment,
  ProposalPlaceFragment,
} from '../../gql/participants/graphql';
import { amendmentPath } from '../amendments/paths';
import { articlePath } from '../consultations/paths';
import { proposalPath } from '../proposals/paths';
import type { ParticipantsT } from './participants-translations';

export interface Place {
  label: string;
  to: string;
}

/**
 * Where a contribution lives, and its name: an article, an amendment or a proposal page (the
 * query spreads the matching fragment for each of these types; anything else has no page).
 */
export function placeOf(
  t: ParticipantsT,
  found: { __typename: string; id: string } | null,
): Place | null {
  if (!found) return null;
  const node = found as
    | (ArticlePlaceFragment & { __typename: 'Article' })
    | (AmendmentPlaceFragment & { __typename: 'Amendment' })
    | (ProposalPlaceFragment & { __typename: 'Proposal' })
    | { __typename: 'Argument' | 'Source' };
  switch (node.__typename) {
    case 'Article':
      return {
        label: t('place.article', { number: node.number }),
        to: articlePath(node.consultation.slug, node.id),
      };
    case 'Amendment': {
      const { number, consultation } = node.article;
      const key =
        node.lineEnd < node.lineStart
          ? 'place.amendmentInsert'
          : node.lineEnd === node.lineStart
            ? 'place.amendmentLine'
            : 'place.amendment';
      return {
        label: t(key, { number, from: node.lineStart, to: node.lineEnd }),
        to: amendmentPath(consultation.slug, node.article.id, node.id),
      };
    }
    case 'Proposal':
      return {
        label:
          node.title === null
            ? t('place.proposalHidden')
            : t('place.proposal', { title: node.title }),
        to: proposalPath(node.section.consultation.slug, node.id),
      };
    default:
      return null;
  }
}

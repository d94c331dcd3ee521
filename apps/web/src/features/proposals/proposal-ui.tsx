import './proposal-translations';

import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ProposalStatus, ProposalSummaryFragment } from '../../gql/proposals/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { VotesSummary } from '../amendments/amendment-ui';
import { AuthorLink } from '../participants/author-link';
import { WorkshopProvenance } from '../workshops/workshop-provenance';
import { proposalPath } from './paths';

export interface ProposalStatusBadgeProps {
  status: ProposalStatus;
  adoptedAs: { number: number } | null;
}

/** « Ouverte », « Adoptée : devenue l’article 17 », « Rejetée », « Retirée ». */
export function ProposalStatusBadge({ status, adoptedAs }: ProposalStatusBadgeProps) {
  const { t } = useTranslation('proposals');
  const label =
    status === 'ADOPTED' && adoptedAs
      ? t('proposals.status.ADOPTED', { number: adoptedAs.number })
      : status === 'ADOPTED'
        ? t('proposals.status.ADOPTED_unknown')
        : t(`proposals.status.${status}`);
  const tone = status === 'ADOPTED' ? 'incorporated' : status.toLowerCase();
  return <span className={`status-badge status-badge--${tone}`}>{label}</span>;
}

/** « Proposée par Camille le 29 novembre 2026 » (or by a deleted account). */
export function ProposalBy({
  author,
  createdAt,
}: {
  author: { id: string; displayName: string } | null;
  createdAt: string;
}) {
  const { t } = useTranslation('proposals');
  const language = useLanguage();
  const date = formatDate(createdAt, language);
  return author ? (
    <Trans
      t={t}
      i18nKey="proposals.proposedBy"
      values={{ date }}
      components={{ author: <AuthorLink author={author} /> }}
    />
  ) : (
    <>{t('proposals.proposedByDeleted', { date })}</>
  );
}

export interface ProposalCardProps {
  proposal: ProposalSummaryFragment;
  slug: string;
  headingLevel: 2 | 3 | 4;
}

/** One proposed article in a list: its title (a link to its page), status, author and votes. */
export function ProposalCard({ proposal, slug, headingLevel }: ProposalCardProps) {
  const { t } = useTranslation('proposals');
  const Heading = `h${headingLevel}` as const;
  return (
    <li className="proposal-card">
      <Heading className="proposal-card__title">
        <Link to={proposalPath(slug, proposal.id)}>
          {proposal.title === null ? (
            t('proposals.hiddenTitle')
          ) : (
            <span lang={contentLanguage}>{proposal.title}</span>
          )}
        </Link>
      </Heading>
      <p className="proposal-card__meta">
        <ProposalStatusBadge status={proposal.status} adoptedAs={proposal.adoptedAs} />
        <span>
          <ProposalBy author={proposal.author} createdAt={proposal.createdAt} />
        </span>
      </p>
      <WorkshopProvenance workshop={proposal.workshop} enteredBy={proposal.author} />
      <p className="proposal-card__votes">
        <VotesSummary votes={proposal.votes} />
      </p>
    </li>
  );
}

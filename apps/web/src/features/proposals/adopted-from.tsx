import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { proposalPath } from './paths';

export interface AdoptedFromProps {
  slug: string;
  /** The proposal the article was adopted from; nothing is shown when there is none. */
  proposal: { id: string; author: { displayName: string } | null } | null;
}

/** « Issu de la proposition de Camille », under an article adopted from a participant's proposal. */
export function AdoptedFrom({ slug, proposal }: AdoptedFromProps) {
  const { t } = useTranslation();
  if (!proposal) return null;
  return (
    <p className="adopted-from">
      <Link to={proposalPath(slug, proposal.id)}>
        {proposal.author
          ? t('proposals.adoptedFrom', { name: proposal.author.displayName })
          : t('proposals.adoptedFromDeleted')}
      </Link>
    </p>
  );
}

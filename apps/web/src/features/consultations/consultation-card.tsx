import { Link } from 'react-router';

import type { ConsultationCardFragment } from '../../gql/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { KeyDate } from './key-date';
import { consultationPath } from './paths';
import { PhaseBadge } from './phase-badge';

export interface ConsultationCardProps {
  consultation: ConsultationCardFragment;
}

export function ConsultationCard({ consultation }: ConsultationCardProps) {
  const { slug, title, summary, phase, opensAt, closesAt } = consultation;
  return (
    <article className="card">
      <h2 className="card__title" lang={contentLanguage}>
        <Link to={consultationPath(slug)}>{title}</Link>
      </h2>
      <div className="card__meta">
        <PhaseBadge phase={phase} />
        <KeyDate phase={phase} opensAt={opensAt} closesAt={closesAt} />
      </div>
      <p className="card__summary" lang={contentLanguage}>
        {summary}
      </p>
    </article>
  );
}

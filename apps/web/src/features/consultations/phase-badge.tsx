import { useTranslation } from 'react-i18next';

import type { ConsultationPhase } from '../../gql/graphql';

export interface PhaseBadgeProps {
  phase: ConsultationPhase;
}

/** The consultation's phase in words ("Ouverte aux contributions"); colour only repeats it. */
export function PhaseBadge({ phase }: PhaseBadgeProps) {
  const { t } = useTranslation();
  return <p className={`phase phase--${phase.toLowerCase()}`}>{t(`phase.${phase}`)}</p>;
}

import { useTranslation } from 'react-i18next';

import type { ConsultationPhase } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';

export interface KeyDateProps {
  phase: ConsultationPhase;
  opensAt: string | null;
  closesAt: string | null;
}

/** The one date that matters now: when it opens, when it closes, or when it closed. */
export function KeyDate({ phase, opensAt, closesAt }: KeyDateProps) {
  const { t } = useTranslation();
  const language = useLanguage();

  const [key, iso] =
    phase === 'DRAFT'
      ? (['dates.opensOn', opensAt] as const)
      : phase === 'OPEN'
        ? (['dates.closesOn', closesAt] as const)
        : (['dates.closedOn', closesAt] as const);
  if (!iso) return null;

  return <p className="key-date">{t(key, { date: formatDate(iso, language) })}</p>;
}

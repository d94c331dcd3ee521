import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { LoadingStatus } from '../../shared/ui/loading-status';
import type { ConsultationProposalsProps } from './consultation-proposals';

// Below the table of contents, in its own chunk: the consultation page shows its outline first.
const ConsultationProposals = lazy(() =>
  import('./consultation-proposals').then((module) => ({
    default: module.ConsultationProposals,
  })),
);

/** The consultation page's « Propositions de nouveaux articles », loaded after the outline. */
export function ConsultationProposalsSlot(props: ConsultationProposalsProps) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<LoadingStatus message={t('status.loading')} />}>
      <ConsultationProposals {...props} />
    </Suspense>
  );
}

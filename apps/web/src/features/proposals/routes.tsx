import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';

import { LoadingStatus } from '../../shared/ui/loading-status';

// Each page loads on demand, in its own chunk: the article page's first load carries none of them.
const ProposalPage = lazy(() =>
  import('./proposal-page').then((module) => ({ default: module.ProposalPage })),
);
const SectionProposalsPage = lazy(() =>
  import('./section-proposals-page').then((module) => ({ default: module.SectionProposalsPage })),
);
const ProposeArticlePage = lazy(() =>
  import('./propose-article-page').then((module) => ({ default: module.ProposeArticlePage })),
);

function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<LoadingStatus message={t('status.loading')} />}>{children}</Suspense>;
}

/** The proposals of new articles: one proposal, those of a section, and the form to propose one. */
export const proposalRoutes: RouteObject[] = [
  {
    path: 'consultations/:slug/propositions/:proposalId',
    element: (
      <Loading>
        <ProposalPage />
      </Loading>
    ),
  },
  {
    path: 'consultations/:slug/parties/:sectionId/propositions',
    element: (
      <Loading>
        <SectionProposalsPage />
      </Loading>
    ),
  },
  {
    path: 'consultations/:slug/parties/:sectionId/nouvel-article',
    element: (
      <Loading>
        <ProposeArticlePage />
      </Loading>
    ),
  },
];

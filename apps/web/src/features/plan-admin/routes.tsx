import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';

import { LoadingStatus } from '../../shared/ui/loading-status';

// Loaded on demand: visitors never download the administration (or its diff library).
const PlanAdminPage = lazy(() =>
  import('./plan-admin-page').then((module) => ({ default: module.PlanAdminPage })),
);
const PublishVersionPage = lazy(() =>
  import('./publish-version-page').then((module) => ({ default: module.PublishVersionPage })),
);

function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<LoadingStatus message={t('status.loading')} />}>{children}</Suspense>;
}

/** The administration pages, under `/admin/consultations/:slug`. */
export const planAdminRoutes: RouteObject[] = [
  {
    path: 'admin/consultations/:slug',
    element: (
      <Loading>
        <PlanAdminPage />
      </Loading>
    ),
  },
  {
    path: 'admin/consultations/:slug/articles/:articleId/nouvelle-version',
    element: (
      <Loading>
        <PublishVersionPage />
      </Loading>
    ),
  },
];

import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';

import { LoadingStatus } from '../../shared/ui/loading-status';

// Loaded on demand, in its own chunk: the article page's first load does not carry it.
const AmendmentPage = lazy(() =>
  import('./amendment-page').then((module) => ({ default: module.AmendmentPage })),
);

function Loading() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<LoadingStatus message={t('status.loading')} />}>
      <AmendmentPage />
    </Suspense>
  );
}

/** `/consultations/:slug/articles/:articleId/amendements/:amendmentId`. */
export const amendmentRoutes: RouteObject[] = [
  {
    path: 'consultations/:slug/articles/:articleId/amendements/:amendmentId',
    element: <Loading />,
  },
];

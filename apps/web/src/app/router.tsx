import { createBrowserRouter } from 'react-router';

import { amendmentRoutes } from '../features/amendments/routes';
import { ArticlePage } from '../features/consultations/article-page';
import { ConsultationPage } from '../features/consultations/consultation-page';
import { ConsultationsPage } from '../features/consultations/consultations-page';
import { deliberationRoutes } from '../features/deliberation/routes';
import { moderationRoutes } from '../features/moderation/routes';
import { notificationRoutes } from '../features/notifications/routes';
import { openDataRoutes } from '../features/open-data/routes';
import { participantRoutes } from '../features/participants/routes';
import { planAdminRoutes } from '../features/plan-admin/routes';
import { proposalRoutes } from '../features/proposals/routes';
import { responseRoutes } from '../features/responses/routes';
import { searchRoutes } from '../features/search/routes';
import { workshopRoutes } from '../features/workshops/routes';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <ConsultationsPage /> },
          { path: 'consultations/:slug', element: <ConsultationPage /> },
          { path: 'consultations/:slug/articles/:articleId', element: <ArticlePage /> },
          // Account pages load on demand: the reading pages stay light.
          {
            path: 'connexion',
            lazy: () =>
              import('../features/identity/login-page').then((m) => ({ Component: m.LoginPage })),
          },
          {
            path: 'inscription',
            lazy: () =>
              import('../features/identity/register-page').then((m) => ({
                Component: m.RegisterPage,
              })),
          },
          {
            path: 'compte',
            lazy: () =>
              import('../features/identity/account-page').then((m) => ({
                Component: m.AccountPage,
              })),
          },
          ...amendmentRoutes,
          ...proposalRoutes,
          ...planAdminRoutes,
          ...deliberationRoutes,
          ...moderationRoutes,
          ...responseRoutes,
          ...notificationRoutes,
          ...openDataRoutes,
          ...searchRoutes,
          ...participantRoutes,
          ...workshopRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

import { createBrowserRouter } from 'react-router';

import { ArticlePage } from '../features/consultations/article-page';
import { ConsultationPage } from '../features/consultations/consultation-page';
import { ConsultationsPage } from '../features/consultations/consultations-page';
import { AccountPage } from '../features/identity/account-page';
import { LoginPage } from '../features/identity/login-page';
import { RegisterPage } from '../features/identity/register-page';
import { planAdminRoutes } from '../features/plan-admin/routes';
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
          { path: 'connexion', element: <LoginPage /> },
          { path: 'inscription', element: <RegisterPage /> },
          { path: 'compte', element: <AccountPage /> },
          ...planAdminRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

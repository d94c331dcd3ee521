import './admin-translations';

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { loginPath } from '../identity/paths';
import { useViewer } from '../identity/use-viewer';

/**
 * Shows its children to administrators only. Visitors are told to log in (and come back here);
 * participants without the role are told plainly that the page is not for them. The API checks
 * the role on every change anyway: this is for people, not for security.
 */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer, error, refetch } = useViewer();

  if (viewer === undefined) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={t('planAdmin.pageTitle')} />
        <LoadingStatus message={t('planAdmin.loading')} />
      </>
    );
  }

  if (viewer === null) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    return (
      <div className="narrow">
        <PageTitle title={t('planAdmin.restrictedTitle')} />
        <h1>{t('planAdmin.restrictedTitle')}</h1>
        <p>{t('planAdmin.loginNeeded')}</p>
        <p>
          <Link to={loginPath(here)} className="button">
            {t('auth.login')}
          </Link>
        </p>
      </div>
    );
  }

  if (!viewer.roles.includes('ADMIN')) {
    return (
      <div className="narrow">
        <PageTitle title={t('planAdmin.restrictedTitle')} />
        <h1>{t('planAdmin.restrictedTitle')}</h1>
        <p>{t('planAdmin.notAdmin', { name: viewer.displayName })}</p>
        <p>
          <Link to="/">{t('notFound.home')}</Link>
        </p>
      </div>
    );
  }

  return children;
}

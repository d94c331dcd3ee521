import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { loginPath } from '../identity/paths';
import { useViewer, type Viewer } from '../identity/use-viewer';
import { useResponsesTranslation } from './responses-translations';

/**
 * Shows its children to officials only; visitors are asked to log in and come back, others are
 * told the workspace is not for them. The API checks the role on every change anyway.
 */
export function RequireOfficial({ children }: { children: (viewer: Viewer) => ReactNode }) {
  const { t } = useResponsesTranslation();
  const { t: tc } = useTranslation();
  const location = useLocation();
  const { viewer, error, refetch } = useViewer();

  if (viewer === undefined) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={t('workspace.title')} />
        <LoadingStatus message={tc('status.loading')} />
      </>
    );
  }
  if (!viewer?.roles.includes('OFFICIAL')) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    return (
      <div className="narrow">
        <PageTitle title={t('workspace.title')} />
        <h1>{t('workspace.title')}</h1>
        <p>{viewer ? t('workspace.forbidden') : t('workspace.loginNeeded')}</p>
        <p>
          {viewer ? (
            <Link to="/">{tc('notFound.home')}</Link>
          ) : (
            <Link to={loginPath(here)} className="button">
              {t('workspace.login')}
            </Link>
          )}
        </p>
      </div>
    );
  }
  return children(viewer);
}

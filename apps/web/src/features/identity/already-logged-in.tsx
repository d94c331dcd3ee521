import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageTitle } from '../../shared/ui/page-title';
import { accountRoute } from './paths';
import type { Viewer } from './use-viewer';

export interface AlreadyLoggedInProps {
  viewer: Viewer;
  returnTo: string;
}

/** Shown instead of the login or registration form to someone who is already logged in. */
export function AlreadyLoggedIn({ viewer, returnTo }: AlreadyLoggedInProps) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle title={t('auth.alreadyTitle')} />
      <h1>{t('auth.alreadyTitle')}</h1>
      <p>{t('auth.alreadyBody', { name: viewer.displayName })}</p>
      <ul className="link-list">
        <li>
          <Link to={accountRoute}>{t('auth.goToAccount')}</Link>
        </li>
        <li>
          <Link to={returnTo}>{returnTo === '/' ? t('auth.goHome') : t('auth.goBack')}</Link>
        </li>
      </ul>
    </div>
  );
}

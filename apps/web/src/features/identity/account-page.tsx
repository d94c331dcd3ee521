import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';

import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { DeleteAccountSection } from './delete-account-section';
import { DisplayNameForm } from './display-name-form';
import { LogoutEverywhereSection } from './logout-everywhere-section';
import { PasswordForm } from './password-form';
import { SuspensionNotice } from '../moderation/routes';
import { accountDataUrl, accountRoute, loginPath } from './paths';
import { useViewer, type Viewer } from './use-viewer';

/** `/compte`: what the account holds, and what its owner can do with it. */
export function AccountPage() {
  const { t } = useTranslation();
  const { viewer, error, refetch } = useViewer();

  if (viewer === undefined) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={t('account.pageTitle')} />
        <LoadingStatus message={t('account.loading')} />
      </>
    );
  }
  if (viewer === null) return <Navigate to={loginPath(accountRoute)} replace />;

  return (
    <div className="narrow account-page">
      <PageTitle title={t('account.pageTitle')} />
      <h1>{t('account.pageTitle')}</h1>
      <AccountSummary viewer={viewer} />

      <section aria-labelledby="account-name-title" className="account-section">
        <h2 id="account-name-title">{t('account.displayNameTitle')}</h2>
        <DisplayNameForm viewer={viewer} />
      </section>

      <section aria-labelledby="account-password-title" className="account-section">
        <h2 id="account-password-title">{t('account.passwordTitle')}</h2>
        <PasswordForm />
      </section>

      <section aria-labelledby="account-data-title" className="account-section">
        <h2 id="account-data-title">{t('account.dataTitle')}</h2>
        <p>{t('account.dataBody')}</p>
        <p>
          {/* A plain link: the API answers with a file to download, not a page of the app. */}
          <a href={accountDataUrl} download className="button button--secondary">
            {t('account.dataLink')}
            <span className="button__detail"> {t('account.dataFormat')}</span>
          </a>
        </p>
      </section>

      <section aria-labelledby="account-sessions-title" className="account-section">
        <h2 id="account-sessions-title">{t('account.sessionsTitle')}</h2>
        <LogoutEverywhereSection />
      </section>

      <section aria-labelledby="account-delete-title" className="account-section">
        <h2 id="account-delete-title">{t('account.deleteTitle')}</h2>
        <DeleteAccountSection />
      </section>
    </div>
  );
}

function AccountSummary({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const roles = viewer.roles.map((role) => t(`roles.${role}`)).join(', ');
  return (
    <>
      {viewer.suspendedUntil && (
        <p className="notice">
          {t('account.suspended', { date: formatDate(viewer.suspendedUntil, language) })}
        </p>
      )}
      <SuspensionNotice suspendedUntil={viewer.suspendedUntil} />
      <dl className="account-summary">
        <div>
          <dt>{t('account.publicName')}</dt>
          <dd>{viewer.displayName}</dd>
        </div>
        <div>
          <dt>{t('account.email')}</dt>
          <dd>{viewer.email}</dd>
        </div>
        {roles && (
          <div>
            <dt>{t('account.roles', { count: viewer.roles.length })}</dt>
            <dd>{roles}</dd>
          </div>
        )}
        {viewer.officialTitle && (
          <div>
            <dt>{t('account.officialTitle')}</dt>
            <dd>{viewer.officialTitle}</dd>
          </div>
        )}
      </dl>
    </>
  );
}

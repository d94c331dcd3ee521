import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigate } from 'react-router';

import { LogoutDocument } from '../../gql/graphql';
import { errorCodes } from '../../shared/forms/form-errors';
import { PersonIcon } from '../../shared/ui/icons';
import { accountRoute, loginPath, registerPath, returnPathFrom } from './paths';
import { sessionNoticeState } from './session-notice';
import { useViewer } from './use-viewer';

/**
 * The header's account area: "Se connecter" and "Créer un compte" for visitors; the display
 * name (leading to "Mon compte") and "Se déconnecter" for logged-in participants.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [logout] = useMutation(LogoutDocument);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  // After logging out, focus goes to "Se connecter", which takes the place of the button.
  const focusLoginLink = useRef(false);

  const here = `${location.pathname}${location.search}${location.hash}`;
  const returnTo = returnPathFrom(location);

  async function handleLogout() {
    setBusy(true);
    setFailed(false);
    try {
      await logout().catch((error: unknown) => {
        // A session already closed elsewhere is as good as logged out.
        if (!errorCodes(error).includes('UNAUTHENTICATED')) throw error;
      });
      const notice = sessionNoticeState('loggedOut');
      if (location.pathname.startsWith(accountRoute)) {
        // Leave the private page before the store forgets who was logged in.
        await navigate('/', { state: notice, flushSync: true });
      } else {
        focusLoginLink.current = true;
        await navigate(here, { replace: true, state: notice });
      }
      await client.resetStore();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  function focusIfLoggedOut(link: HTMLAnchorElement | null) {
    if (link && focusLoginLink.current) {
      focusLoginLink.current = false;
      link.focus();
    }
  }

  // Until the viewer is known, keep the place without showing the wrong links.
  if (viewer === undefined) return <div className="account-menu" />;

  return (
    <nav aria-label={t('auth.menuLabel')} className="account-menu">
      <ul>
        {viewer ? (
          <>
            <li>
              <NavLink to={accountRoute} className="account-menu__account">
                <PersonIcon />
                <span>
                  <span className="account-menu__caption">{t('auth.myAccount')}</span>{' '}
                  <span className="account-menu__name">{viewer.displayName}</span>
                </span>
              </NavLink>
            </li>
            <li>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => void handleLogout()}
                disabled={busy}
                aria-busy={busy}
              >
                {busy ? t('auth.loggingOut') : t('auth.logout')}
              </button>
            </li>
          </>
        ) : (
          <>
            <li>
              <NavLink
                to={loginPath(returnTo)}
                ref={focusIfLoggedOut}
                className="account-menu__login"
              >
                {t('auth.login')}
              </NavLink>
            </li>
            <li>
              <NavLink to={registerPath(returnTo)} className="button button--small">
                {t('auth.register')}
              </NavLink>
            </li>
          </>
        )}
      </ul>
      {failed && (
        <p role="alert" className="account-menu__error">
          {t('auth.logoutFailed')}
        </p>
      )}
    </nav>
  );
}

import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';

import { AccountMenu } from '../features/identity/account-menu';
import { SessionNotice } from '../features/identity/session-notice';
import { ModerationNavItem } from '../features/moderation/routes';
import { HeaderSlot } from '../features/notifications/header-slot';
import { SearchHeaderSlot } from '../features/search/header-slot';
import { WorkshopsNavItem } from '../features/workshops/routes';
import { LanguageSwitch } from '../i18n/language-switch';

export const mainContentId = 'contenu';

/** The page shell: skip link, header with navigation and language, main, footer. */
export function Layout() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);

  // After an in-app navigation (link, back button…), start the next page at its content, as a
  // full page load would, so keyboard and screen reader users are not left on a stale link.
  // The first load keeps the browser's own starting point, so Tab reaches the skip link first.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  function handleSkipLinkClick(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  }

  return (
    <>
      <a className="skip-link" href={`#${mainContentId}`} onClick={handleSkipLinkClick}>
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          <nav aria-label={t('app.mainNav')} className="main-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('app.navConsultations')}
                </NavLink>
              </li>
              <ModerationNavItem />
              <WorkshopsNavItem />
            </ul>
          </nav>
          <SearchHeaderSlot />
          <HeaderSlot />
          <AccountMenu />
          <LanguageSwitch />
        </div>
      </header>
      <main id={mainContentId} ref={mainRef} tabIndex={-1} className="container site-main">
        <SessionNotice />
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footerAbout')}</p>
          <p>{t('app.footerData')}</p>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import { StatusMessage } from '../../shared/ui/status-message';

export type SessionNoticeKind =
  'loggedIn' | 'registered' | 'loggedOut' | 'loggedOutEverywhere' | 'accountDeleted';

interface SessionNoticeState {
  sessionNotice: SessionNoticeKind;
  name?: string;
}

/** Navigation state that makes the next page confirm what just happened to the session. */
export function sessionNoticeState(kind: SessionNoticeKind, name?: string): SessionNoticeState {
  return { sessionNotice: kind, name };
}

function readNotice(state: unknown): SessionNoticeState | undefined {
  if (typeof state !== 'object' || state === null || !('sessionNotice' in state)) return undefined;
  return state as SessionNoticeState;
}

/**
 * "Vous êtes connecté·e", "Votre compte a été supprimé"…: a polite status at the top of the
 * page reached after a session change. The region stays in place so each message is announced.
 */
export function SessionNotice() {
  const { t } = useTranslation();
  const notice = readNotice(useLocation().state);
  const name = notice?.name ?? '';
  const messages: Record<SessionNoticeKind, string> = {
    loggedIn: t('auth.notice.loggedIn', { name }),
    registered: t('auth.notice.registered', { name }),
    loggedOut: t('auth.notice.loggedOut'),
    loggedOutEverywhere: t('auth.notice.loggedOutEverywhere'),
    accountDeleted: t('auth.notice.accountDeleted'),
  };
  return <StatusMessage message={notice && messages[notice.sessionNotice]} />;
}

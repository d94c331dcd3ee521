import { useQuery } from '@apollo/client/react';
import { NavLink } from 'react-router';

import { UnreadNotificationCountDocument } from '../../gql/notifications/graphql';
import { useViewer } from '../identity/use-viewer';
import { workspacePath } from '../responses/paths';
import { inboxPath } from './paths';
import { useNotificationsTranslation } from './notifications-translations';

/** How often the unread count is asked again while a page stays open. */
const pollMs = 60_000;

/**
 * The header's bell (« 3 notifications non lues », leading to the inbox) and, for officials,
 * « Espace élu·e ». Nothing for visitors.
 */
export function HeaderLinks() {
  const { t } = useNotificationsTranslation();
  const { viewer } = useViewer();
  const { data } = useQuery(UnreadNotificationCountDocument, {
    skip: !viewer,
    pollInterval: pollMs,
  });
  if (!viewer) return null;
  const count = data?.viewer?.unreadNotificationCount ?? 0;
  return (
    <ul className="header-links">
      {viewer.roles.includes('OFFICIAL') && (
        <li>
          <NavLink to={workspacePath} className="header-links__link">
            {t('workspaceLink')}
          </NavLink>
        </li>
      )}
      <li>
        <NavLink to={inboxPath} className="header-links__link notification-bell">
          <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Zm-2 1H7v-6a5 5 0 0 1 10 0v6Z"
            />
          </svg>
          {count > 0 && <span className="notification-bell__count">{count}</span>}
          <span className={count > 0 ? 'notification-bell__text' : undefined}>
            {count > 0 ? ` ${t('bell.unread', { count })}` : t('bell.unread', { count: 0 })}
          </span>
        </NavLink>
      </li>
    </ul>
  );
}

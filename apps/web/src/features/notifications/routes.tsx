import type { RouteObject } from 'react-router';

import { inboxPath } from './paths';

/** `/notifications`, the inbox, loaded on demand. */
export const notificationRoutes: RouteObject[] = [
  {
    path: inboxPath.slice(1),
    lazy: async () => ({ Component: (await import('./inbox-page')).InboxPage }),
  },
];

import type { RouteObject } from 'react-router';

/** A participant's public history, loaded on demand with its words and styles. */
export const participantRoutes: RouteObject[] = [
  {
    path: 'participants/:participantId',
    lazy: async () => ({ Component: (await import('./participant-page')).ParticipantPage }),
  },
];

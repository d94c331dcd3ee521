import type { RouteObject } from 'react-router';

// The paths are written out (see ./paths) so that nothing of the feature joins the first load.
/** « Réponses et engagements » and the officials' workspace, each loaded on demand. */
export const responseRoutes: RouteObject[] = [
  {
    path: 'consultations/:slug/reponses',
    lazy: async () => ({ Component: (await import('./obligations-page')).ObligationsPage }),
  },
  {
    path: 'espace-elu',
    lazy: async () => ({ Component: (await import('./workspace-page')).WorkspacePage }),
  },
  {
    path: 'espace-elu/repondre/:targetId',
    lazy: async () => ({ Component: (await import('./composer-page')).ComposerPage }),
  },
];

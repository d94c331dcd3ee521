import type { RouteObject } from 'react-router';

import { rankingPath } from './paths';

/** `/classement`, « Comment sont classées les contributions ? », loaded on demand. */
export const deliberationRoutes: RouteObject[] = [
  {
    path: rankingPath.slice(1),
    lazy: async () => ({ Component: (await import('./deliberation-chunk')).RankingPage }),
  },
];

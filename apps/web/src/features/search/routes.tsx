import type { RouteObject } from 'react-router';

// The results page is its own chunk, loaded on demand with its words and styles.
const load = () => import('./search-chunk');

/** « Recherche » in a consultation. */
export const searchRoutes: RouteObject[] = [
  {
    path: 'consultations/:slug/recherche',
    lazy: async () => ({ Component: (await load()).SearchPage }),
  },
];

import type { RouteObject } from 'react-router';

// The open data page and the article timeline are one chunk, loaded on demand with their
// words and styles: nothing of them weighs on a first load.
const load = () => import('./open-data-chunk');
type Part = keyof Awaited<ReturnType<typeof load>>;
const route = (path: string, part: Part): RouteObject => ({
  path,
  lazy: async () => ({ Component: (await load())[part] }),
});

/** « Données ouvertes » of a consultation and the timeline of an article. */
export const openDataRoutes: RouteObject[] = [
  route('consultations/:slug/donnees', 'OpenDataPage'),
  route('consultations/:slug/articles/:articleId/historique', 'ArticleTimelinePage'),
  // The API explorer (GraphiQL and its editor) is a chunk of its own: only its page loads it.
  {
    path: 'consultations/:slug/donnees/explorateur',
    lazy: async () => ({ Component: (await import('./explorer-page')).ExplorerPage }),
  },
];

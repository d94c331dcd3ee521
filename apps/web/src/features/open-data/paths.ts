import { articlePath, consultationPath } from '../consultations/paths';

/** `/consultations/:slug/donnees`: the open data of a consultation (files, schemas, API). */
export function openDataPath(slug: string): string {
  return `${consultationPath(slug)}/donnees`;
}

/** `/consultations/:slug/articles/:articleId/historique`: everything that happened to it. */
export function articleHistoryPath(slug: string, articleId: string): string {
  return `${articlePath(slug, articleId)}/historique`;
}

/** Where the API serves the files of a consultation (plain HTTP, no account). */
export function openDataFilesPath(slug: string): string {
  return `/open-data/${encodeURIComponent(slug)}`;
}

/** `/consultations/:slug/donnees/explorateur`: the GraphiQL explorer of the public API. */
export function explorerPath(slug: string): string {
  return `${openDataPath(slug)}/explorateur`;
}

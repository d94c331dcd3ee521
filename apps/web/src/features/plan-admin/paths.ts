/** The administration of one consultation's plan: texts, dates, sections and articles. */
export function planAdminPath(slug: string): string {
  return `/admin/consultations/${encodeURIComponent(slug)}`;
}

/** Publishing a new version of one article. */
export function publishVersionPath(slug: string, articleId: string): string {
  return `${planAdminPath(slug)}/articles/${encodeURIComponent(articleId)}/nouvelle-version`;
}

export function consultationPath(slug: string): string {
  return `/consultations/${encodeURIComponent(slug)}`;
}

export function articlePath(slug: string, articleId: string): string {
  return `${consultationPath(slug)}/articles/${encodeURIComponent(articleId)}`;
}

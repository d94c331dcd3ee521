import type { DiffMode } from './diff-view';

export function consultationPath(slug: string): string {
  return `/consultations/${encodeURIComponent(slug)}`;
}

export function articlePath(slug: string, articleId: string): string {
  return `${consultationPath(slug)}/articles/${encodeURIComponent(articleId)}`;
}

/** The article page's query parameters: addresses people can read and share. */
export const articleParams = {
  /** `?onglet=versions`: the versions tab (the text otherwise). */
  tab: 'onglet',
  /** `?version=1`: an older version's text. */
  version: 'version',
  /** `?de=1&vers=2`: the two versions compared. */
  from: 'de',
  to: 'vers',
  /** `?affichage=cote-a-cote` or `dans-le-texte`. */
  mode: 'affichage',
} as const;

export const versionsTab = 'versions';
export const comparisonAnchor = 'comparaison';

export const diffModeParam: Record<DiffMode, string> = {
  split: 'cote-a-cote',
  inline: 'dans-le-texte',
};

export function diffModeFrom(value: string | null): DiffMode {
  return value === diffModeParam.inline ? 'inline' : 'split';
}

/** The text of one version of an article (the current one when `version` is left out). */
export function articleVersionPath(slug: string, articleId: string, version?: number): string {
  const path = articlePath(slug, articleId);
  return version === undefined ? path : `${path}?${articleParams.version}=${version}`;
}

/** The versions tab, comparing two versions when they are given. */
export function articleVersionsPath(
  slug: string,
  articleId: string,
  compare?: { from: number; to: number; mode?: DiffMode },
): string {
  const params = new URLSearchParams({ [articleParams.tab]: versionsTab });
  if (compare) {
    params.set(articleParams.from, String(compare.from));
    params.set(articleParams.to, String(compare.to));
    if (compare.mode) params.set(articleParams.mode, diffModeParam[compare.mode]);
  }
  return `${articlePath(slug, articleId)}?${params.toString()}${compare ? `#${comparisonAnchor}` : ''}`;
}

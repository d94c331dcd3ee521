import type { SearchKind } from '../../gql/search/graphql';
import { consultationPath } from '../consultations/paths';

/** The results page's query parameters: addresses people can read and share. */
export const searchParams = {
  /** `?q=inclusion numérique`: what was searched. */
  query: 'q',
  /** `?type=amendement&type=argument`: only these kinds (all when absent). */
  kind: 'type',
} as const;

/** The kinds in the address, in French. */
export const kindParam: Record<SearchKind, string> = {
  ARTICLE: 'article',
  AMENDMENT: 'amendement',
  PROPOSAL: 'proposition',
  ARGUMENT: 'argument',
};

export const searchKinds: readonly SearchKind[] = ['ARTICLE', 'AMENDMENT', 'PROPOSAL', 'ARGUMENT'];

/** `/consultations/:slug/recherche?q=…`: search results in a consultation. */
export function searchPath(
  slug: string,
  query?: string,
  kinds: readonly SearchKind[] = [],
): string {
  const params = new URLSearchParams();
  if (query) params.set(searchParams.query, query);
  for (const kind of kinds) params.append(searchParams.kind, kindParam[kind]);
  const search = params.toString();
  return `${consultationPath(slug)}/recherche${search ? `?${search}` : ''}`;
}

/** The kinds named in an address (unknown names are ignored). */
export function kindsFrom(values: readonly string[]): SearchKind[] {
  return searchKinds.filter((kind) => values.includes(kindParam[kind]));
}

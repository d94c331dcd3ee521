type Edge<C extends { edges: readonly unknown[] }> = C['edges'][number];

/**
 * A connection with its next page appended: the next page's count and `pageInfo`, the edges
 * shown first, then the new ones — without those already shown (the list moved while the reader
 * read: a contribution posted meanwhile shifts the next page by one). `keyOf` names an edge
 * (its node's id by default).
 */
export function appendPage<C extends { edges: readonly unknown[] }>(
  shown: C,
  next: C,
  keyOf: (edge: Edge<C>) => string = (edge) => (edge as { node: { id: string } }).node.id,
): C {
  const keys = new Set(shown.edges.map(keyOf));
  return {
    ...next,
    edges: [...shown.edges, ...next.edges.filter((edge) => !keys.has(keyOf(edge)))],
  };
}

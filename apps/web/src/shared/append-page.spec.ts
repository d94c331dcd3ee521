import { describe, expect, it } from '@jest/globals';
import { appendPage } from './append-page';

const edge = (id: string, cursor = `c-${id}`) => ({ cursor, node: { id } });

describe('appendPage', () => {
  it('appends the next page, keeping its count and page info', () => {
    const shown = { totalCount: 3, pageInfo: { hasNextPage: true }, edges: [edge('a'), edge('b')] };
    const next = { totalCount: 4, pageInfo: { hasNextPage: false }, edges: [edge('c'), edge('d')] };
    expect(appendPage(shown, next)).toEqual({
      totalCount: 4,
      pageInfo: { hasNextPage: false },
      edges: [edge('a'), edge('b'), edge('c'), edge('d')],
    });
  });

  it('leaves out what is shown already (the list moved meanwhile), by node id or a key given', () => {
    const shown = { edges: [edge('a'), edge('b')] };
    expect(appendPage(shown, { edges: [edge('b'), edge('c')] }).edges).toEqual([
      edge('a'),
      edge('b'),
      edge('c'),
    ]);
    const byCursor = appendPage(shown, { edges: [edge('x', 'c-b'), edge('y')] }, (e) => e.cursor);
    expect(byCursor.edges.map((e) => e.node.id)).toEqual(['a', 'b', 'y']);
  });
});

import { registerEnumType } from '@nestjs/graphql';
import { badInput } from './errors.js';
import { type ConnectionShape, decodeCursor, encodeCursor } from './pagination.js';

/**
 * How lists of contributions are ordered. Every formula lives here, once, and the public page
 * "Comment sont classées les contributions ?" explains each in plain French (`ORDER_EXPLANATIONS`).
 */
export const ContributionOrder = {
  RANDOM: 'RANDOM',
  NEWEST: 'NEWEST',
  OLDEST: 'OLDEST',
  MOST_AGREED: 'MOST_AGREED',
  MOST_VOTED: 'MOST_VOTED',
  MOST_CONTROVERSIAL: 'MOST_CONTROVERSIAL',
} as const;
export type ContributionOrder = (typeof ContributionOrder)[keyof typeof ContributionOrder];

registerEnumType(ContributionOrder, {
  name: 'ContributionOrder',
  description:
    'Orders of contributions; each formula is explained on the public page « Comment sont classées les contributions ? ».',
});

/** The French explanation of each order, served to the web app's public page. */
export const ORDER_EXPLANATIONS: Record<ContributionOrder, { label: string; explanation: string }> =
  {
    RANDOM: {
      label: 'Aléatoire',
      explanation:
        'Un ordre tiré au hasard, différent pour chaque visiteur mais stable pendant sa visite : les premières contributions ne sont pas favorisées par leur position sur la page.',
    },
    NEWEST: { label: 'Les plus récentes', explanation: 'De la plus récente à la plus ancienne.' },
    OLDEST: { label: 'Les plus anciennes', explanation: 'De la plus ancienne à la plus récente.' },
    MOST_AGREED: {
      label: 'Les plus soutenues',
      explanation:
        'Par nombre de votes « d’accord », du plus grand au plus petit ; à égalité, la plus ancienne d’abord. Pour les arguments : par nombre de personnes qui les trouvent convaincants.',
    },
    MOST_VOTED: {
      label: 'Les plus votées',
      explanation:
        'Par nombre total de votes (d’accord, mitigé et pas d’accord), du plus grand au plus petit ; à égalité, la plus ancienne d’abord.',
    },
    MOST_CONTROVERSIAL: {
      label: 'Les plus débattues',
      explanation:
        'Celles qui partagent le plus : d’abord le plus grand nombre de votes du camp minoritaire (le plus petit des deux nombres « d’accord » et « pas d’accord »), puis le plus de votes au total ; à égalité, la plus ancienne d’abord.',
    },
  };

/** The SQL a list needs to read one order: columns (already qualified) of the row and its tally. */
export interface OrderColumns {
  readonly id: string;
  readonly createdAt: string;
  readonly agree: string;
  readonly mixed: string;
  readonly disagree: string;
}

type KeyType = 'int' | 'timestamptz' | 'uuid' | 'text';

export interface OrderSql {
  /** Expressions selected as `k0`, `k1`, … and used for ORDER BY and the keyset comparison. */
  readonly keys: readonly { readonly sql: string; readonly type: KeyType }[];
  readonly direction: 'ASC' | 'DESC';
}

/**
 * The ordering of a list as a tuple of keys sorted in one direction, so that keyset pagination is
 * a single row comparison `(k0, k1, …) > (cursor…)`: stable cursors for every order, no OFFSET.
 */
export function orderSql(order: ContributionOrder, columns: OrderColumns, seed = 0): OrderSql {
  const total = `(${columns.agree} + ${columns.mixed} + ${columns.disagree})`;
  const oldestFirst = [
    { sql: columns.createdAt, type: 'timestamptz' as const },
    { sql: columns.id, type: 'uuid' as const },
  ];
  switch (order) {
    case 'NEWEST':
      return { keys: oldestFirst, direction: 'DESC' };
    case 'OLDEST':
      return { keys: oldestFirst, direction: 'ASC' };
    case 'MOST_AGREED':
      return {
        keys: [{ sql: `-${columns.agree}`, type: 'int' }, ...oldestFirst],
        direction: 'ASC',
      };
    case 'MOST_VOTED':
      return { keys: [{ sql: `-${total}`, type: 'int' }, ...oldestFirst], direction: 'ASC' };
    case 'MOST_CONTROVERSIAL':
      return {
        keys: [
          { sql: `-least(${columns.agree}, ${columns.disagree})`, type: 'int' },
          { sql: `-${total}`, type: 'int' },
          ...oldestFirst,
        ],
        direction: 'ASC',
      };
    case 'RANDOM':
      if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31 - 1) {
        throw badInput('Le paramètre seed doit être un entier positif.');
      }
      return {
        keys: [
          { sql: `md5('${seed}:' || ${columns.id}::text)`, type: 'text' },
          { sql: columns.id, type: 'uuid' },
        ],
        direction: 'ASC',
      };
  }
}

/** `SELECT` items naming the keys `k0`, `k1`, … (as text: timestamps keep their microseconds). */
export function orderSelect(spec: OrderSql): string {
  return spec.keys.map((key, index) => `(${key.sql})::text AS k${index}`).join(', ');
}

export function orderBy(spec: OrderSql): string {
  return spec.keys.map((key) => `${key.sql} ${spec.direction}`).join(', ');
}

/**
 * The keyset condition for `after`, with its parameters numbered from `firstParam`; the
 * empty condition `TRUE` without a cursor.
 */
export function orderAfter(
  spec: OrderSql,
  after: string | undefined,
  firstParam: number,
): { sql: string; params: unknown[] } {
  if (!after) return { sql: 'TRUE', params: [] };
  const values = decodeCursor(after, spec.keys.length);
  const placeholders = spec.keys.map((key, index) => `$${firstParam + index}::${key.type}`);
  const keys = spec.keys.map((key) => key.sql);
  const comparison = spec.direction === 'ASC' ? '>' : '<';
  return { sql: `(${keys.join(', ')}) ${comparison} (${placeholders.join(', ')})`, params: values };
}

/** The cursor of a row read with `orderSelect` (its `k0`, `k1`, … columns). */
export function orderCursor(spec: OrderSql, row: Record<string, unknown>): string {
  return encodeCursor(spec.keys.map((_, index) => row[`k${index}`]));
}

/** What a list reads one page with: `SELECT <select>, keys FROM <from> WHERE <where>`. */
export interface OrderedList {
  readonly select: string;
  readonly from: string;
  /** The list's filters, numbered from `$1` in `params`. */
  readonly where: string;
  readonly params: readonly unknown[];
  readonly spec: OrderSql;
  readonly first: number;
  readonly after?: string;
}

/**
 * One page of a list in a public order, keyset-paginated, and its total count. Without a cursor
 * (most reads: the first page) the total comes in the same statement — `count(*) OVER ()`
 * counts every row that matches the filters before LIMIT —; after a cursor it takes a count of
 * its own. Returns the rows with their keys (`k0`, `k1`, …) for `orderCursor`.
 */
export async function readOrderedPage<R extends Record<string, unknown>>(
  query: (sql: string, params: unknown[]) => Promise<unknown>,
  list: OrderedList,
): Promise<{ rows: R[]; totalCount: number; hasNextPage: boolean }> {
  const { spec } = list;
  const after = orderAfter(spec, list.after, list.params.length + 1);
  const total = list.after ? '' : ', count(*) OVER ()::int AS total_count';
  // The last key of every order is the row's id: the page is chosen on the ids and keys alone
  // (the sort carries no text), then its rows are read by id.
  const id = spec.keys.at(-1)?.sql as string;
  const keys = spec.keys.map((key, index) => `${key.sql} AS o${index}`).join(', ');
  const cursorKeys = spec.keys.map((_, index) => `page.k${index}`).join(', ');
  const pageOrder = spec.keys.map((_, index) => `page.o${index} ${spec.direction}`).join(', ');
  const page = query(
    `WITH page AS MATERIALIZED (
       SELECT ${id} AS page_id, ${keys}, ${orderSelect(spec)}${total} FROM ${list.from}
       WHERE (${list.where}) AND ${after.sql}
       ORDER BY ${orderBy(spec)} LIMIT ${list.first + 1}
     )
     SELECT ${list.select}, ${cursorKeys}${list.after ? '' : ', page.total_count'}
     FROM page JOIN (${list.from}) ON ${id} = page.page_id
     ORDER BY ${pageOrder}`,
    [...list.params, ...after.params],
  ) as Promise<(R & { total_count?: number })[]>;
  const count = list.after
    ? (query(`SELECT count(*)::int AS n FROM ${list.from} WHERE ${list.where}`, [
        ...list.params,
      ]) as Promise<{ n: number }[]>)
    : undefined;
  const [rows, counted] = await Promise.all([page, count]);
  return {
    rows: rows.slice(0, list.first),
    totalCount: counted ? (counted[0]?.n ?? 0) : (rows[0]?.total_count ?? 0),
    hasNextPage: rows.length > list.first,
  };
}

/** The connection of a page read with `readOrderedPage`. */
export function orderedConnection<R extends Record<string, unknown>, T>(
  spec: OrderSql,
  page: { rows: readonly R[]; totalCount: number; hasNextPage: boolean },
  after: string | undefined,
  toNode: (row: R) => T,
): ConnectionShape<T> {
  const edges = page.rows.map((row) => ({ cursor: orderCursor(spec, row), node: toNode(row) }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

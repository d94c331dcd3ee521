import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { orderedConnection, orderSql, readOrderedPage } from '../../common/contribution-order.js';
import { badInput } from '../../common/errors.js';
import { groupByKey, oneByKey, type RequestLoaders } from '../../common/loaders.js';
import type { ConnectionShape } from '../../common/pagination.js';
import type { Target } from '../../common/target-registry.js';
import { primeVoteCounts } from '../../common/vote-counts.js';
import type { AmendmentListArgs } from '../dto/amendment.inputs.js';
import type { Amendment } from '../dto/amendment.type.js';
import { toAmendment, toAmendmentRevision } from '../dto/mappers.js';
import type { Revision } from '../../common/revision.type.js';
import { AmendmentRevisionEntity } from '../entities/amendment-revision.entity.js';
import { type AmendmentRow, amendmentColumns, amendmentOf } from './rows.js';
import { VoteFacts } from './vote-facts.js';

/** The id of an article's current version, as SQL on the article id `$1`. */
const CURRENT_VERSION = `(SELECT v.id FROM article_version v WHERE v.article_id = $1 ORDER BY v.number DESC LIMIT 1)`;

/**
 * Reads of amendments. The batch methods serve the request DataLoaders (one query per relation,
 * whatever the page's length); lists are keyset-paginated in the public orders.
 */
@Injectable()
export class AmendmentReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly votes: VoteFacts,
  ) {}

  async byIds(ids: readonly string[]): Promise<(Amendment | null)[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${amendmentColumns('a')} FROM amendment a WHERE a.id = ANY($1::uuid[])`,
      [ids],
    )) as AmendmentRow[];
    return oneByKey(ids, rows, (row) => row.id).map((row) =>
      row ? toAmendment(amendmentOf(row)) : null,
    );
  }

  /**
   * Amendments as targets of votes, arguments, sources, responses and reports. In a caller's
   * transaction the rows are locked `FOR SHARE`, so their status cannot change before it ends.
   */
  async targets(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<(Omit<Target, 'rules' | 'globalId' | 'kind'> | null)[]> {
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT id, consultation_id, article_id, author_id, status FROM amendment
       WHERE id = ANY($1::uuid[])${manager ? ' FOR SHARE' : ''}`,
      [ids],
    )) as Pick<AmendmentRow, 'id' | 'consultation_id' | 'article_id' | 'author_id' | 'status'>[];
    return oneByKey(ids, rows, (row) => row.id).map((row) =>
      row
        ? {
            id: row.id,
            consultationId: row.consultation_id,
            articleId: row.article_id,
            authorId: row.author_id,
            hidden: false,
            active: row.status === 'OPEN',
          }
        : null,
    );
  }

  /** Batch: the revisions of each amendment, oldest first. */
  async revisionsOf(amendmentIds: readonly string[]): Promise<Revision[][]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(AmendmentRevisionEntity, 'r')
      .where('r.amendment_id = ANY(:ids::uuid[])', { ids: [...amendmentIds] })
      .orderBy('r.number', 'ASC')
      .getMany();
    return groupByKey(amendmentIds, rows, (row) => row.amendmentId).map((group) =>
      group.map(toAmendmentRevision),
    );
  }

  /** Batch: the amendments each version incorporated, oldest first. */
  async incorporatedIn(versionIds: readonly string[]): Promise<Amendment[][]> {
    const rows = (await this.dataSource.query(
      `SELECT ${amendmentColumns('a')} FROM amendment a WHERE a.incorporated_in_version_id = ANY($1::uuid[])
       ORDER BY a.created_at, a.id`,
      [versionIds],
    )) as AmendmentRow[];
    return groupByKey(versionIds, rows, (row) => row.incorporated_in_version_id).map((group) =>
      group.map((row) => toAmendment(amendmentOf(row))),
    );
  }

  /** Batch: the amendment that re-proposed each one, if any. */
  async reproposedAs(amendmentIds: readonly string[]): Promise<(Amendment | null)[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${amendmentColumns('a')} FROM amendment a WHERE a.reproposed_from_id = ANY($1::uuid[])`,
      [amendmentIds],
    )) as AmendmentRow[];
    return oneByKey(amendmentIds, rows, (row) => row.reproposed_from_id as string).map((row) =>
      row ? toAmendment(amendmentOf(row)) : null,
    );
  }

  /**
   * Batch: for each article, how many OPEN amendments touch each line of its current version
   * (`counts[i]` for line i + 1). A replacement touches its lines; an insertion touches the line
   * on each side of it.
   */
  async lineActivity(articleIds: readonly string[]): Promise<number[][]> {
    const rows = (await this.dataSource.query(
      `WITH current AS (
         SELECT DISTINCT ON (v.article_id) v.article_id, v.id,
                cardinality(string_to_array(v.text, E'\\n')) AS lines
         FROM article_version v WHERE v.article_id = ANY($1::uuid[])
         ORDER BY v.article_id, v.number DESC
       ), touched AS (
         SELECT a.article_id, l.line, count(*)::int AS n
         FROM amendment a
         JOIN current c ON c.id = a.base_version_id
         CROSS JOIN LATERAL generate_series(
           greatest(1, least(a.line_start, a.line_end)),
           least(c.lines, greatest(a.line_start, a.line_end))
         ) AS l(line)
         WHERE a.article_id = ANY($1::uuid[]) AND a.status = 'OPEN'
         GROUP BY a.article_id, l.line
       )
       SELECT c.article_id, c.lines,
              coalesce(json_agg(json_build_array(t.line, t.n)) FILTER (WHERE t.line IS NOT NULL), '[]') AS touched
       FROM current c LEFT JOIN touched t ON t.article_id = c.article_id
       GROUP BY c.article_id, c.lines`,
      [articleIds],
    )) as { article_id: string; lines: number; touched: [number, number][] }[];
    return oneByKey(articleIds, rows, (row) => row.article_id).map((row) => {
      const counts = new Array<number>(row?.lines ?? 0).fill(0);
      for (const [line, n] of row?.touched ?? []) counts[line - 1] = n;
      return counts;
    });
  }

  /**
   * A page of an article's amendments, filtered and in one of the public orders; the page's vote
   * counters prime `loaders` (when given) for their tallies.
   */
  async list(
    articleId: string,
    args: AmendmentListArgs,
    loaders?: RequestLoaders,
  ): Promise<ConnectionShape<Amendment>> {
    const order = args.orderBy ?? 'RANDOM';
    const { join, columns, select } = this.votes.orderColumns(order, 'a');
    const spec = orderSql(order, columns, args.seed ?? 0);
    const range = this.lineFilter(args);
    const page = await readOrderedPage<AmendmentRow & Record<string, unknown>>(
      (sql, params) => this.dataSource.query(sql, params),
      {
        select: `${amendmentColumns('a')}, ${select}`,
        from: `amendment a ${join}`,
        where: `a.article_id = $1
          AND ($2::text IS NULL OR a.status = $2)
          AND ($3::int IS NULL OR (a.base_version_id = ${CURRENT_VERSION}
               AND least(a.line_start, a.line_end) <= $4 AND greatest(a.line_start, a.line_end) >= $3))`,
        params: [articleId, args.status ?? null, range?.from ?? null, range?.to ?? null],
        spec,
        first: args.first,
        after: args.after,
      },
    );
    if (loaders) primeVoteCounts(loaders, page.rows);
    return orderedConnection(spec, page, args.after, (row) => toAmendment(amendmentOf(row)));
  }

  private lineFilter(args: AmendmentListArgs): { from: number; to: number } | undefined {
    const from = args.fromLine ?? undefined;
    const to = args.toLine ?? undefined;
    if (from === undefined && to === undefined) return undefined;
    const range = { from: from ?? 1, to: to ?? 2_147_483_647 };
    if (range.to < range.from) {
      throw badInput(
        `La plage de lignes est inversée : fromLine (${range.from}) dépasse toLine (${range.to}).`,
        { field: 'toLine' },
      );
    }
    return range;
  }
}

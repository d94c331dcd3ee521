import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  orderAfter,
  orderBy,
  orderCursor,
  orderSelect,
  orderSql,
} from '../../common/contribution-order.js';
import { groupByKey, oneByKey } from '../../common/loaders.js';
import type { ConnectionShape } from '../../common/pagination.js';
import type { Target } from '../../common/target-registry.js';
import { toProposal, toProposalRevision } from '../dto/mappers.js';
import type { ProposalListArgs } from '../dto/proposal.inputs.js';
import type { Proposal } from '../dto/proposal.type.js';
import type { Revision } from '../dto/revision.type.js';
import { ProposalRevisionEntity } from '../entities/proposal-revision.entity.js';
import { type ProposalRow, proposalOf } from './rows.js';
import { VoteFacts } from './vote-facts.js';

/** Reads of proposed articles: batches for the DataLoaders, and keyset-paginated lists. */
@Injectable()
export class ProposalReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly votes: VoteFacts,
  ) {}

  async byIds(ids: readonly string[]): Promise<(Proposal | null)[]> {
    const rows = (await this.dataSource.query(
      'SELECT p.* FROM proposal p WHERE p.id = ANY($1::uuid[])',
      [ids],
    )) as ProposalRow[];
    return oneByKey(ids, rows, (row) => row.id).map((row) =>
      row ? toProposal(proposalOf(row)) : null,
    );
  }

  /** Proposals as targets (locked `FOR SHARE` in a caller's transaction). */
  async targets(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<(Omit<Target, 'rules' | 'globalId' | 'kind'> | null)[]> {
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT id, consultation_id, author_id, status FROM proposal
       WHERE id = ANY($1::uuid[])${manager ? ' FOR SHARE' : ''}`,
      [ids],
    )) as Pick<ProposalRow, 'id' | 'consultation_id' | 'author_id' | 'status'>[];
    return oneByKey(ids, rows, (row) => row.id).map((row) =>
      row
        ? {
            id: row.id,
            consultationId: row.consultation_id,
            articleId: null,
            authorId: row.author_id,
            hidden: false,
            active: row.status === 'OPEN',
          }
        : null,
    );
  }

  /** Batch: the revisions of each proposal, oldest first. */
  async revisionsOf(proposalIds: readonly string[]): Promise<Revision[][]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(ProposalRevisionEntity, 'r')
      .where('r.proposal_id = ANY(:ids::uuid[])', { ids: [...proposalIds] })
      .orderBy('r.number', 'ASC')
      .getMany();
    return groupByKey(proposalIds, rows, (row) => row.proposalId).map((group) =>
      group.map(toProposalRevision),
    );
  }

  /** Batch: the proposal each article was adopted from, if any. */
  async adoptedAs(articleIds: readonly string[]): Promise<(Proposal | null)[]> {
    const rows = (await this.dataSource.query(
      'SELECT p.* FROM proposal p WHERE p.adopted_as_article_id = ANY($1::uuid[])',
      [articleIds],
    )) as ProposalRow[];
    return oneByKey(articleIds, rows, (row) => row.adopted_as_article_id as string).map((row) =>
      row ? toProposal(proposalOf(row)) : null,
    );
  }

  /** A page of a section's proposals, in one of the public orders. */
  async list(sectionId: string, args: ProposalListArgs): Promise<ConnectionShape<Proposal>> {
    const order = args.orderBy ?? 'RANDOM';
    const { join, columns } = await this.votes.orderColumns(order, 'p');
    const spec = orderSql(order, columns, args.seed ?? 0);
    const params: unknown[] = [sectionId, args.status ?? null];
    const where = `p.section_id = $1 AND ($2::text IS NULL OR p.status = $2)`;
    const after = orderAfter(spec, args.after, params.length + 1);
    const [rows, [count]] = await Promise.all([
      this.dataSource.query(
        `SELECT p.*, ${orderSelect(spec)} FROM proposal p ${join}
         WHERE ${where} AND ${after.sql}
         ORDER BY ${orderBy(spec)} LIMIT ${args.first + 1}`,
        [...params, ...after.params],
      ) as Promise<(ProposalRow & Record<string, unknown>)[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS n FROM proposal p WHERE ${where}`,
        params,
      ) as Promise<{ n: number }[]>,
    ]);
    const visible = rows.slice(0, args.first);
    const edges = visible.map((row) => ({
      cursor: orderCursor(spec, row),
      node: toProposal(proposalOf(row)),
    }));
    return {
      edges,
      totalCount: count?.n ?? 0,
      pageInfo: {
        hasNextPage: rows.length > args.first,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}

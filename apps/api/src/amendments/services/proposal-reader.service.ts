import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { orderedConnection, orderSql, readOrderedPage } from '../../common/contribution-order.js';
import { groupByKey, oneByKey, type RequestLoaders } from '../../common/loaders.js';
import type { ConnectionShape } from '../../common/pagination.js';
import type { Target } from '../../common/target-registry.js';
import { primeVoteCounts } from '../../common/vote-counts.js';
import { toProposal, toProposalRevision } from '../dto/mappers.js';
import type { ProposalListArgs } from '../dto/proposal.inputs.js';
import type { Proposal } from '../dto/proposal.type.js';
import type { Revision } from '../../common/revision.type.js';
import { ProposalRevisionEntity } from '../entities/proposal-revision.entity.js';
import { type ProposalRow, proposalColumns, proposalOf } from './rows.js';
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
      `SELECT ${proposalColumns('p')} FROM proposal p WHERE p.id = ANY($1::uuid[])`,
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
      `SELECT ${proposalColumns('p')} FROM proposal p WHERE p.adopted_as_article_id = ANY($1::uuid[])`,
      [articleIds],
    )) as ProposalRow[];
    return oneByKey(articleIds, rows, (row) => row.adopted_as_article_id as string).map((row) =>
      row ? toProposal(proposalOf(row)) : null,
    );
  }

  /**
   * A page of a section's proposals, in one of the public orders; the page's vote counters prime
   * `loaders` (when given) for their tallies.
   */
  async list(
    sectionId: string,
    args: ProposalListArgs,
    loaders?: RequestLoaders,
  ): Promise<ConnectionShape<Proposal>> {
    const order = args.orderBy ?? 'RANDOM';
    const { join, columns, select } = this.votes.orderColumns(order, 'p');
    const spec = orderSql(order, columns, args.seed ?? 0);
    const page = await readOrderedPage<ProposalRow & Record<string, unknown>>(
      (sql, params) => this.dataSource.query(sql, params),
      {
        select: `${proposalColumns('p')}, ${select}`,
        from: `proposal p ${join}`,
        where: `p.section_id = $1 AND ($2::text IS NULL OR p.status = $2)`,
        params: [sectionId, args.status ?? null],
        spec,
        first: args.first,
        after: args.after,
      },
    );
    if (loaders) primeVoteCounts(loaders, page.rows);
    return orderedConnection(spec, page, args.after, (row) => toProposal(proposalOf(row)));
  }
}

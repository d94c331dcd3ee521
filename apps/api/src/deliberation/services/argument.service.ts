import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access.decorators.js';
import {
  orderAfter,
  orderBy,
  orderCursor,
  orderSelect,
  orderSql,
} from '../../common/contribution-order.js';
import { AmendoException, notFound } from '../../common/errors.js';
import { fromGlobalId, toGlobalId } from '../../common/global-id.js';
import type { ConnectionShape } from '../../common/pagination.js';
import { type Target, TargetRegistry } from '../../common/target-registry.js';
import { withRetry } from '../../common/transactions.js';
import { EventLog } from '../../history/event-log.service.js';
import { WorkshopService } from '../../workshops/services/workshop.service.js';
import { Argument, type ArgumentListArgs, type Stance } from '../dto/argument.types.js';

/** The author may edit an argument within this time, as long as no one found it convincing. */
export const EDIT_WINDOW_MINUTES = 15;
const ARGUABLE = ['Article', 'Amendment', 'Proposal'] as const;

/** An `argument` row's columns (not its search vector). */
const ARGUMENT_COLUMNS = [
  'id',
  'target_id',
  'target_kind',
  'consultation_id',
  'article_id',
  'stance',
  'body',
  'author_id',
  'workshop_id',
  'convincing_count',
  'created_at',
  'updated_at',
] as const;
const COLUMNS = ARGUMENT_COLUMNS.join(', ');

interface ArgumentRow {
  id: string;
  target_id: string;
  target_kind: string;
  consultation_id: string;
  article_id: string | null;
  stance: Stance;
  body: string;
  author_id: string | null;
  workshop_id?: string | null;
  convincing_count: number;
  created_at: Date;
  updated_at: Date;
}

export function toArgument(row: ArgumentRow): Argument {
  return Object.assign(new Argument(), {
    id: toGlobalId('Argument', row.id),
    uuid: row.id,
    targetUuid: row.target_id,
    targetKind: row.target_kind,
    authorUuid: row.author_id,
    workshopUuid: row.workshop_id ?? null,
    stance: row.stance,
    body: row.body,
    convincingCount: Number(row.convincing_count),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

@Injectable()
export class ArgumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: TargetRegistry,
    private readonly events: EventLog,
    private readonly workshops: WorkshopService,
  ) {}

  async post(
    viewer: Viewer,
    input: { targetId: string; stance: Stance; body: string; workshopId?: string | null },
  ): Promise<Argument> {
    const target = await this.targets.resolve(input.targetId, ARGUABLE);
    this.checkOpen(target);
    return this.dataSource.transaction(async (manager) => {
      const workshopId = await this.workshops.provenanceOf(
        manager,
        viewer,
        input.workshopId,
        target.consultationId,
      );
      const [row] = (await manager.query(
        `INSERT INTO argument (target_id, target_kind, consultation_id, article_id, stance, body, author_id, workshop_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
        [
          target.id,
          target.kind,
          target.consultationId,
          target.articleId,
          input.stance,
          input.body,
          viewer.id,
          workshopId,
        ],
      )) as ArgumentRow[];
      const argument = row as ArgumentRow;
      await this.events.append(manager, {
        type: 'argument.posted',
        actorId: viewer.id,
        subjectType: 'Argument',
        subjectId: argument.id,
        articleId: target.articleId,
        consultationId: target.consultationId,
        payload: {
          target: target.globalId,
          stance: input.stance,
          ...(workshopId ? { workshopId } : {}),
        },
      });
      return toArgument(argument);
    });
  }

  /** The author edits within 15 minutes, while no one has found the argument convincing. */
  async edit(viewer: Viewer, argumentId: string, body: string): Promise<Argument> {
    const { id } = fromGlobalId(argumentId, 'Argument');
    return this.dataSource.transaction(async (manager) => {
      const argument = await this.locked(manager, id);
      if (argument.author_id !== viewer.id)
        throw new AmendoException(
          'FORBIDDEN',
          'Seul l’auteur ou l’autrice peut modifier cet argument.',
        );
      if (Date.now() - argument.created_at.getTime() > EDIT_WINDOW_MINUTES * 60_000) {
        throw new AmendoException(
          'CONFLICT',
          `Un argument ne peut être modifié que dans les ${EDIT_WINDOW_MINUTES} minutes qui suivent sa publication.`,
        );
      }
      if (argument.convincing_count > 0) {
        throw new AmendoException(
          'CONFLICT',
          'Des participants ont déjà trouvé cet argument convaincant : il ne peut plus être modifié.',
        );
      }
      const [row] = (await manager.query(
        `UPDATE argument SET body = $2, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, body],
      )) as [ArgumentRow[], number];
      await this.events.append(manager, {
        type: 'argument.edited',
        actorId: viewer.id,
        subjectType: 'Argument',
        subjectId: id,
        articleId: argument.article_id,
        consultationId: argument.consultation_id,
        payload: { previousBody: argument.body },
      });
      return toArgument(row[0] as ArgumentRow);
    });
  }

  /** Marks (or, with `convincing = false`, unmarks) an argument as convincing: one per participant. */
  async markConvincing(viewer: Viewer, argumentId: string, convincing: boolean): Promise<Argument> {
    const target = await this.targets.resolve(argumentId, ['Argument']);
    this.checkOpen(target);
    return withRetry(this.dataSource, async (manager) => {
      const argument = await this.locked(manager, target.id);
      if (argument.author_id === viewer.id) {
        throw new AmendoException(
          'FORBIDDEN',
          'On ne peut pas marquer son propre argument comme convaincant.',
        );
      }
      const changed = convincing
        ? (
            (await manager.query(
              `INSERT INTO argument_convincing (argument_id, participant_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
              [target.id, viewer.id],
            )) as unknown[]
          ).length
        : (
            (await manager.query(
              `DELETE FROM argument_convincing WHERE argument_id = $1 AND participant_id = $2 RETURNING 1`,
              [target.id, viewer.id],
            )) as [unknown[], number]
          )[1];
      if (!changed) return toArgument(argument);
      const [rows] = (await manager.query(
        `UPDATE argument SET convincing_count = convincing_count + $2 WHERE id = $1 RETURNING ${COLUMNS}`,
        [target.id, convincing ? 1 : -1],
      )) as [ArgumentRow[], number];
      await this.events.append(manager, {
        type: convincing ? 'argument.convincing.marked' : 'argument.convincing.unmarked',
        actorId: viewer.id,
        subjectType: 'Argument',
        subjectId: target.id,
        articleId: argument.article_id,
        consultationId: argument.consultation_id,
      });
      return toArgument(rows[0] as ArgumentRow);
    });
  }

  /** A page of a target's arguments, in one of the public orders (convincing marks as "agree"). */
  async list(targetUuid: string, args: ArgumentListArgs): Promise<ConnectionShape<Argument>> {
    const spec = orderSql(
      args.orderBy,
      {
        id: 'a.id',
        createdAt: 'a.created_at',
        agree: 'a.convincing_count',
        mixed: '0',
        disagree: '0',
      },
      args.seed,
    );
    const params: unknown[] = [targetUuid, args.stance ?? null];
    const after = orderAfter(spec, args.after, params.length + 1);
    const rows = (await this.dataSource.query(
      `SELECT ${ARGUMENT_COLUMNS.map((column) => `a.${column}`).join(', ')}, ${orderSelect(spec)} FROM argument a
       WHERE a.target_id = $1 AND ($2::text IS NULL OR a.stance = $2) AND ${after.sql}
       ORDER BY ${orderBy(spec)} LIMIT ${args.first + 1}`,
      [...params, ...after.params],
    )) as (ArgumentRow & Record<string, unknown>)[];
    const [{ n }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM argument WHERE target_id = $1 AND ($2::text IS NULL OR stance = $2)`,
      params,
    )) as [{ n: number }];
    const visible = rows.slice(0, args.first);
    const edges = visible.map((row) => ({ cursor: orderCursor(spec, row), node: toArgument(row) }));
    return {
      edges,
      totalCount: n,
      pageInfo: {
        hasNextPage: rows.length > args.first,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** Batch: whether a participant marked each argument convincing. */
  async markedBy(participantId: string, argumentIds: readonly string[]): Promise<boolean[]> {
    const rows = (await this.dataSource.query(
      `SELECT argument_id FROM argument_convincing WHERE participant_id = $1 AND argument_id = ANY($2::uuid[])`,
      [participantId, argumentIds],
    )) as { argument_id: string }[];
    const marked = new Set(rows.map((row) => row.argument_id));
    return argumentIds.map((id) => marked.has(id));
  }

  async byIds(ids: readonly string[]): Promise<(Argument | null)[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM argument WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as ArgumentRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      return row ? toArgument(row) : null;
    });
  }

  /** Arguments as targets (of responses and reports). */
  async asTargets(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<(Omit<Target, 'rules' | 'globalId' | 'kind'> | null)[]> {
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT id, consultation_id, article_id, author_id FROM argument WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as {
      id: string;
      consultation_id: string;
      article_id: string | null;
      author_id: string | null;
    }[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      return row
        ? {
            id,
            consultationId: row.consultation_id,
            articleId: row.article_id,
            authorId: row.author_id,
            hidden: false,
            active: true,
          }
        : null;
    });
  }

  private checkOpen(target: Target): void {
    if (!target.rules.argumentsOpen) {
      throw new AmendoException(
        'FORBIDDEN',
        'Les arguments ne sont pas ouverts dans cette phase de la consultation.',
        { reason: 'PHASE' },
      );
    }
    if (target.hidden)
      throw new AmendoException('FORBIDDEN', 'Cette contribution est masquée par la modération.');
    if (!target.active)
      throw new AmendoException(
        'CONFLICT',
        'Cette contribution n’est plus ouverte au débat (retirée, intégrée ou dépassée).',
      );
  }

  private async locked(manager: EntityManager, id: string): Promise<ArgumentRow> {
    const [row] = (await manager.query(`SELECT ${COLUMNS} FROM argument WHERE id = $1 FOR UPDATE`, [
      id,
    ])) as ArgumentRow[];
    if (!row) throw notFound('Argument');
    return row;
  }
}

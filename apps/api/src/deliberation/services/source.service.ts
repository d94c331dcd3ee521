import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access.decorators.js';
import { AmendoException, badInput } from '../../common/errors.js';
import { toGlobalId } from '../../common/global-id.js';
import {
  type ConnectionShape,
  decodeCursor,
  type PageArgs,
  toConnection,
} from '../../common/pagination.js';
import { type Target, TargetRegistry } from '../../common/target-registry.js';
import { EventLog } from '../../history/event-log.service.js';
import { type AddSourceInput, Source } from '../dto/source.types.js';
import { normaliseSourceUrl } from './source-url.js';

interface SourceRow {
  id: string;
  target_id: string;
  target_kind: string;
  consultation_id: string;
  article_id: string | null;
  url: string;
  title: string;
  description: string | null;
  author_id: string | null;
  created_at: Date;
  created_key: string;
}

function toSource(row: SourceRow): Source {
  return Object.assign(new Source(), {
    id: toGlobalId('Source', row.id),
    uuid: row.id,
    targetUuid: row.target_id,
    targetKind: row.target_kind,
    authorUuid: row.author_id,
    url: row.url,
    title: row.title,
    description: row.description,
    createdAt: row.created_at,
  });
}

@Injectable()
export class SourceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: TargetRegistry,
    private readonly events: EventLog,
  ) {}

  async add(viewer: Viewer, input: AddSourceInput): Promise<Source> {
    const normalised = normaliseSourceUrl(input.url);
    if ('problem' in normalised) throw badInput(normalised.problem, { field: 'url' });
    const target = await this.targets.resolve(input.targetId, ['Article', 'Amendment', 'Proposal']);
    if (!target.rules.argumentsOpen) {
      throw new AmendoException(
        'FORBIDDEN',
        'Les sources ne sont pas ouvertes dans cette phase de la consultation.',
        { reason: 'PHASE' },
      );
    }
    if (target.hidden || !target.active) {
      throw new AmendoException(
        'CONFLICT',
        'Cette contribution n’accepte plus de sources (masquée, retirée, intégrée ou dépassée).',
      );
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [row] = (await manager.query(
          `INSERT INTO source (target_id, target_kind, consultation_id, article_id, url, title, description, author_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *, created_at::text AS created_key`,
          [
            target.id,
            target.kind,
            target.consultationId,
            target.articleId,
            normalised.url,
            input.title,
            input.description ?? null,
            viewer.id,
          ],
        )) as SourceRow[];
        const source = row as SourceRow;
        await this.events.append(manager, {
          type: 'source.added',
          actorId: viewer.id,
          subjectType: 'Source',
          subjectId: source.id,
          articleId: target.articleId,
          consultationId: target.consultationId,
          payload: { target: target.globalId, url: normalised.url },
        });
        return toSource(source);
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw new AmendoException(
          'CONFLICT',
          'Cette source a déjà été ajoutée à cette contribution.',
          { field: 'url' },
        );
      }
      throw error;
    }
  }

  /** Oldest first, keyset-paginated. */
  async list(targetUuid: string, page: PageArgs): Promise<ConnectionShape<Source>> {
    const [createdAt, id] = page.after
      ? (decodeCursor(page.after, 2) as [string, string])
      : [null, null];
    const rows = (await this.dataSource.query(
      `SELECT *, created_at::text AS created_key FROM source
       WHERE target_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) > ($2::timestamptz, $3::uuid))
       ORDER BY created_at, id LIMIT ${page.first + 1}`,
      [targetUuid, createdAt, id],
    )) as SourceRow[];
    const [{ n }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM source WHERE target_id = $1`,
      [targetUuid],
    )) as [{ n: number }];
    return toConnection(rows, page, n, (row) => [row.created_key, row.id], toSource);
  }

  async byIds(ids: readonly string[]): Promise<(Source | null)[]> {
    const rows = (await this.dataSource.query(
      `SELECT *, created_at::text AS created_key FROM source WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as SourceRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      return row ? toSource(row) : null;
    });
  }

  async asTargets(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<(Omit<Target, 'rules' | 'globalId' | 'kind'> | null)[]> {
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT id, consultation_id, article_id, author_id FROM source WHERE id = ANY($1::uuid[])`,
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
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { VersionPublished } from '../../consultations/services/plan-writer.service.js';
import { EventLog } from '../../history/event-log.service.js';
import { AmendmentException } from '../amendment.exception.js';
import { AmendmentEntity } from '../entities/amendment.entity.js';
import { planPublication } from './publication-plan.js';
import { appendAmendmentRevisions } from './rows.js';

/**
 * What a new version of an article does to its amendments, inside the publication's transaction
 * (the article row is locked `FOR UPDATE`, so no amendment of the article is proposed or edited
 * meanwhile): the amendments it incorporates become INCORPORATED; every other OPEN one is
 * re-anchored onto the new version (REANCHORED revision) or becomes OUTDATED (its author is told
 * through the `amendment.outdated` event). Registered with `PlanWriter.onVersionPublished`.
 */
@Injectable()
export class AmendmentPublicationService {
  constructor(private readonly events: EventLog) {}

  async onVersionPublished(manager: EntityManager, published: VersionPublished): Promise<void> {
    const { article, previous, version, actorId } = published;
    const incorporatedIds = new Set(published.incorporatedAmendmentIds);
    if (!previous) return;
    // Locks them too: a withdrawal running now finishes first, and is then no longer OPEN here.
    const open = await manager.find(AmendmentEntity, {
      where: { articleId: article.id, status: 'OPEN' },
      order: { createdAt: 'ASC', id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    await this.checkIncorporable(manager, article.id, incorporatedIds, open);
    const plan = planPublication(previous, version.text, open, incorporatedIds);
    const byId = new Map(open.map((amendment) => [amendment.id, amendment]));

    if (plan.incorporated.length > 0) {
      await manager.query(
        `UPDATE amendment SET status = 'INCORPORATED', incorporated_in_version_id = $2, updated_at = now()
         WHERE id = ANY($1::uuid[])`,
        [plan.incorporated, version.id],
      );
    }
    if (plan.moved.length > 0) {
      await manager.query(
        `UPDATE amendment a
         SET base_version_id = $4, base_version_number = $5, line_start = m.line_start,
             line_end = m.line_end, updated_at = now()
         FROM unnest($1::uuid[], $2::int[], $3::int[]) AS m(id, line_start, line_end)
         WHERE a.id = m.id`,
        [
          plan.moved.map((move) => move.id),
          plan.moved.map((move) => move.lineStart),
          plan.moved.map((move) => move.lineEnd),
          version.id,
          version.number,
        ],
      );
    }
    if (plan.outdated.length > 0) {
      await manager.query(
        `UPDATE amendment SET status = 'OUTDATED', updated_at = now() WHERE id = ANY($1::uuid[])`,
        [plan.outdated],
      );
    }
    await appendAmendmentRevisions(manager, [
      ...plan.incorporated.map((id) => ({ id, kind: 'INCORPORATED' as const })),
      ...plan.moved.map(({ id }) => ({ id, kind: 'REANCHORED' as const })),
      ...plan.outdated.map((id) => ({ id, kind: 'OUTDATED' as const })),
    ]);

    const event = (amendment: AmendmentEntity, type: string, payload: Record<string, unknown>) =>
      this.events.append(manager, {
        type,
        actorId,
        subjectType: 'Amendment',
        subjectId: amendment.id,
        articleId: article.id,
        consultationId: article.consultationId,
        payload: { authorId: amendment.authorId, ...payload },
      });
    for (const id of plan.incorporated) {
      const amendment = byId.get(id) as AmendmentEntity;
      await event(amendment, 'amendment.incorporated', {
        versionNumber: version.number,
        fromVersionNumber: amendment.baseVersionNumber,
      });
    }
    for (const move of plan.moved) {
      const amendment = byId.get(move.id) as AmendmentEntity;
      await event(amendment, 'amendment.reanchored', {
        from: {
          versionNumber: amendment.baseVersionNumber,
          lineStart: amendment.lineStart,
          lineEnd: amendment.lineEnd,
        },
        to: { versionNumber: version.number, lineStart: move.lineStart, lineEnd: move.lineEnd },
      });
    }
    for (const id of plan.outdated) {
      const amendment = byId.get(id) as AmendmentEntity;
      await event(amendment, 'amendment.outdated', {
        versionNumber: amendment.baseVersionNumber,
        newVersionNumber: version.number,
        lineStart: amendment.lineStart,
        lineEnd: amendment.lineEnd,
      });
    }
  }

  /** Every amendment to incorporate is an OPEN amendment of this article; otherwise nothing is written. */
  private async checkIncorporable(
    manager: EntityManager,
    articleId: string,
    ids: ReadonlySet<string>,
    open: readonly AmendmentEntity[],
  ): Promise<void> {
    const openIds = new Set(open.map((amendment) => amendment.id));
    const others = [...ids].filter((id) => !openIds.has(id));
    if (others.length === 0) return;
    const rows = (await manager.query(
      'SELECT id, article_id, status FROM amendment WHERE id = ANY($1::uuid[])',
      [others],
    )) as { id: string; article_id: string; status: string }[];
    const ofArticle = rows.filter((row) => row.article_id === articleId);
    if (ofArticle.length < others.length) throw AmendmentException.notOfArticle();
    throw AmendmentException.cannotIncorporate(ofArticle[0]?.status ?? 'OPEN');
  }
}

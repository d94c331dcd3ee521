import { normalizeText } from '@amendo/text';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventLog } from '../../history/event-log.service.js';
import { ArticleVersionEntity } from '../entities/article-version.entity.js';
import { ArticleEntity } from '../entities/article.entity.js';
import { ConsultationEntity } from '../entities/consultation.entity.js';
import { SectionEntity } from '../entities/section.entity.js';

export interface NewConsultation {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly opensAt: Date | null;
  readonly closesAt: Date | null;
}

/**
 * Writes of the consultation's plan. Each method runs in the caller's transaction and appends
 * its event there, so a use case (an admin mutation, the demo seed, an import) stays atomic.
 */
@Injectable()
export class PlanWriter {
  constructor(private readonly events: EventLog) {}

  async createConsultation(
    manager: EntityManager,
    input: NewConsultation,
    actorId: string | null,
  ): Promise<ConsultationEntity> {
    const consultation = await manager.save(
      manager.create(ConsultationEntity, { ...input, answeredAt: null }),
    );
    await this.events.append(manager, {
      type: 'consultation.created',
      actorId,
      subjectType: 'Consultation',
      subjectId: consultation.id,
      consultationId: consultation.id,
      payload: { slug: input.slug, title: input.title },
    });
    return consultation;
  }

  async createSection(
    manager: EntityManager,
    consultationId: string,
    title: string,
    actorId: string | null,
  ): Promise<SectionEntity> {
    const { next } = (await manager
      .createQueryBuilder(SectionEntity, 's')
      .select('coalesce(max(s.position), 0) + 1', 'next')
      .where('s.consultation_id = :consultationId', { consultationId })
      .getRawOne()) as { next: number };
    const section = await manager.save(
      manager.create(SectionEntity, { consultationId, title, position: Number(next) }),
    );
    await this.events.append(manager, {
      type: 'section.created',
      actorId,
      subjectType: 'Section',
      subjectId: section.id,
      consultationId,
      payload: { title, position: section.position },
    });
    return section;
  }

  /** Creates an article at the end of its section, numbered after the consultation's last, with version 1. */
  async createArticle(
    manager: EntityManager,
    section: SectionEntity,
    input: { readonly title: string; readonly text: string },
    actorId: string | null,
  ): Promise<ArticleEntity> {
    const { number, position } = (
      await manager.query(
        `SELECT (SELECT coalesce(max(number), 0) + 1 FROM article WHERE consultation_id = $1) AS number,
              (SELECT coalesce(max(position), 0) + 1 FROM article WHERE section_id = $2) AS position`,
        [section.consultationId, section.id],
      )
    )[0] as { number: number; position: number };
    const article = await manager.save(
      manager.create(ArticleEntity, {
        consultationId: section.consultationId,
        sectionId: section.id,
        number: Number(number),
        position: Number(position),
        title: input.title,
      }),
    );
    await this.events.append(manager, {
      type: 'article.created',
      actorId,
      subjectType: 'Article',
      subjectId: article.id,
      articleId: article.id,
      consultationId: article.consultationId,
      payload: { number: article.number, title: article.title },
    });
    await this.publishVersion(
      manager,
      article,
      { text: input.text, changelog: 'Version initiale.' },
      actorId,
    );
    return article;
  }

  /** Publishes the next immutable version of an article (text normalised so line numbers are stable). */
  async publishVersion(
    manager: EntityManager,
    article: ArticleEntity,
    input: { readonly text: string; readonly changelog: string },
    actorId: string | null,
  ): Promise<ArticleVersionEntity> {
    const { next } = (await manager
      .createQueryBuilder(ArticleVersionEntity, 'v')
      .select('coalesce(max(v.number), 0) + 1', 'next')
      .where('v.article_id = :articleId', { articleId: article.id })
      .getRawOne()) as { next: number };
    const version = await manager.save(
      manager.create(ArticleVersionEntity, {
        articleId: article.id,
        number: Number(next),
        text: normalizeText(input.text),
        changelog: input.changelog,
        publishedAt: new Date(),
        publishedBy: actorId,
      }),
    );
    await this.events.append(manager, {
      type: 'article.version.published',
      actorId,
      subjectType: 'ArticleVersion',
      subjectId: version.id,
      articleId: article.id,
      consultationId: article.consultationId,
      payload: { number: version.number, changelog: version.changelog },
    });
    return version;
  }
}

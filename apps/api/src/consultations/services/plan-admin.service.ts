import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ConsultationException } from '../consultation.exception.js';
import { phaseAt } from '../consultation-phase.js';
import type { ArticleVersion } from '../dto/article-version.type.js';
import type { Article } from '../dto/article.type.js';
import type { Consultation } from '../dto/consultation.type.js';
import { toArticle, toArticleVersion, toConsultation, toSection } from '../dto/mappers.js';
import type { Section } from '../dto/section.type.js';
import { ArticleEntity } from '../entities/article.entity.js';
import type { ConsultationEntity } from '../entities/consultation.entity.js';
import { SectionEntity } from '../entities/section.entity.js';
import {
  type ArticleChanges,
  type ConsultationChanges,
  type NewConsultation,
  type NewVersion,
  PlanWriter,
  type SectionChanges,
} from './plan-writer.service.js';

/**
 * The admin's use cases on a consultation's plan: each one transaction, with its event, returning
 * GraphQL types. Ids are row uuids (the resolvers decode global ids); `actorId` is the admin.
 */
@Injectable()
export class PlanAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: PlanWriter,
  ) {}

  async createConsultation(input: NewConsultation, actorId: string): Promise<Consultation> {
    const row = await this.dataSource.transaction((manager) =>
      this.writer.createConsultation(manager, input, actorId),
    );
    return toConsultation(row);
  }

  async updateConsultation(
    consultationId: string,
    changes: ConsultationChanges,
    actorId: string,
  ): Promise<Consultation> {
    const row = await this.dataSource.transaction(async (manager) => {
      const consultation = await this.lockedConsultation(manager, consultationId);
      return this.writer.updateConsultation(manager, consultation, changes, actorId);
    });
    return toConsultation(row);
  }

  /** Opens a DRAFT consultation now; its closing date, if any, must be in the future. */
  async openConsultation(consultationId: string, actorId: string): Promise<Consultation> {
    const now = new Date();
    const row = await this.dataSource.transaction(async (manager) => {
      const consultation = await this.lockedConsultation(manager, consultationId);
      const phase = phaseAt(consultation, now);
      if (phase !== 'DRAFT') {
        throw ConsultationException.wrongPhase(
          phase === 'OPEN'
            ? 'La consultation est déjà ouverte.'
            : 'La consultation est close : changez ses dates avec updateConsultation pour la rouvrir.',
        );
      }
      if (consultation.closesAt && consultation.closesAt <= now) {
        throw ConsultationException.badDates(
          'La date de clôture de la consultation est passée : fixez-en une nouvelle avant de l’ouvrir.',
        );
      }
      return this.writer.updateConsultation(
        manager,
        consultation,
        { opensAt: now },
        actorId,
        'consultation.opened',
      );
    });
    return toConsultation(row, now);
  }

  /** Closes an OPEN consultation now. */
  async closeConsultation(consultationId: string, actorId: string): Promise<Consultation> {
    const now = new Date();
    const row = await this.dataSource.transaction(async (manager) => {
      const consultation = await this.lockedConsultation(manager, consultationId);
      const phase = phaseAt(consultation, now);
      if (phase !== 'OPEN') {
        throw ConsultationException.wrongPhase(
          phase === 'DRAFT'
            ? 'La consultation n’est pas encore ouverte : il n’y a rien à clore.'
            : 'La consultation est déjà close.',
        );
      }
      return this.writer.updateConsultation(
        manager,
        consultation,
        { closesAt: now },
        actorId,
        'consultation.closed',
      );
    });
    return toConsultation(row, now);
  }

  async createSection(consultationId: string, title: string, actorId: string): Promise<Section> {
    const row = await this.dataSource.transaction((manager) =>
      this.writer.createSection(manager, consultationId, title, actorId),
    );
    return toSection(row);
  }

  async updateSection(
    sectionId: string,
    changes: SectionChanges,
    actorId: string,
  ): Promise<Section> {
    const row = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(SectionEntity, { id: sectionId });
      if (!found) throw ConsultationException.sectionNotFound();
      await this.lockedConsultation(manager, found.consultationId);
      // Read again under the lock: another admin may have just moved it.
      const section = await manager.findOneByOrFail(SectionEntity, { id: sectionId });
      return this.writer.updateSection(manager, section, changes, actorId);
    });
    return toSection(row);
  }

  async createArticle(
    sectionId: string,
    input: { readonly title: string; readonly text: string },
    actorId: string,
  ): Promise<Article> {
    const row = await this.dataSource.transaction(async (manager) => {
      const section = await manager.findOneBy(SectionEntity, { id: sectionId });
      if (!section) throw ConsultationException.sectionNotFound();
      return this.writer.createArticle(manager, section, input, actorId);
    });
    return toArticle(row);
  }

  async updateArticle(
    articleId: string,
    changes: ArticleChanges,
    actorId: string,
  ): Promise<Article> {
    const row = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(ArticleEntity, { id: articleId });
      if (!found) throw ConsultationException.articleNotFound();
      await this.lockedConsultation(manager, found.consultationId);
      const article = await manager.findOneByOrFail(ArticleEntity, { id: articleId });
      return this.writer.updateArticle(manager, article, changes, actorId);
    });
    return toArticle(row);
  }

  async publishVersion(
    articleId: string,
    input: NewVersion,
    actorId: string,
  ): Promise<ArticleVersion> {
    const row = await this.dataSource.transaction(async (manager) => {
      const article = await manager.findOneBy(ArticleEntity, { id: articleId });
      if (!article) throw ConsultationException.articleNotFound();
      return this.writer.publishVersion(manager, article, input, actorId);
    });
    return toArticleVersion(row);
  }

  private async lockedConsultation(
    manager: EntityManager,
    consultationId: string,
  ): Promise<ConsultationEntity> {
    const consultation = await this.writer.lockConsultation(manager, consultationId);
    if (!consultation) throw ConsultationException.consultationNotFound();
    return consultation;
  }
}

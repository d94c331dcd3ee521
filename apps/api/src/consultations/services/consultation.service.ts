import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { Target, TargetRules } from '../../common/target-registry.js';
import type { PhaseDates } from '../consultation-phase.js';
import { type ConsultationRules, type PhaseSettings, rulesFor } from '../consultation-rules.js';
import { groupByKey, oneByKey } from '../../common/loaders.js';
import {
  type ConnectionShape,
  decodeCursor,
  type PageArgs,
  toConnection,
} from '../../common/pagination.js';
import type { ArticleVersion } from '../dto/article-version.type.js';
import type { Article } from '../dto/article.type.js';
import type { Consultation } from '../dto/consultation.type.js';
import { toArticle, toArticleVersion, toConsultation, toSection } from '../dto/mappers.js';
import type { Section } from '../dto/section.type.js';
import { ArticleVersionEntity } from '../entities/article-version.entity.js';
import { ArticleEntity } from '../entities/article.entity.js';
import { ConsultationEntity } from '../entities/consultation.entity.js';
import { SectionEntity } from '../entities/section.entity.js';
import { articleTextLockKey } from './plan-writer.service.js';

/** An article as a contribution sees it, read under the contribution's lock. */
export interface ArticleForContribution {
  readonly id: string;
  readonly consultationId: string;
  readonly number: number;
  readonly currentVersion: Pick<ArticleVersionEntity, 'id' | 'number' | 'text'>;
  readonly rules: ConsultationRules;
  readonly maxOpenAmendmentsPerArticle: number;
}

/** A section as a contribution (a proposed article) sees it. */
export interface SectionForContribution {
  readonly id: string;
  readonly consultationId: string;
  readonly rules: ConsultationRules;
}

/** A version of an article by its number: the key of the `versionByNumber` loader. */
export const versionKey = (articleUuid: string, number: number): string =>
  `${articleUuid}#${number}`;

/**
 * Reads of the consultation's plan: consultations, their sections, articles and versions. The
 * batch methods serve the request DataLoaders: one query per relation, whatever the list's length.
 */
@Injectable()
export class ConsultationService {
  constructor(
    @InjectRepository(ConsultationEntity)
    private readonly consultations: Repository<ConsultationEntity>,
    @InjectRepository(SectionEntity) private readonly sections: Repository<SectionEntity>,
    @InjectRepository(ArticleEntity) private readonly articles: Repository<ArticleEntity>,
    @InjectRepository(ArticleVersionEntity)
    private readonly versions: Repository<ArticleVersionEntity>,
  ) {}

  /** Newest first, keyset-paginated on (created_at, id). */
  async list(page: PageArgs): Promise<ConnectionShape<Consultation>> {
    const query = this.consultations
      .createQueryBuilder('c')
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(page.first + 1);
    if (page.after) {
      const [createdAt, id] = decodeCursor(page.after, 2) as [string, string];
      query.where('(c.created_at, c.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const [rows, totalCount] = await Promise.all([query.getMany(), this.consultations.count()]);
    const now = new Date();
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.createdAt.toISOString(), row.id],
      (row) => toConsultation(row, now),
    );
  }

  async bySlug(slug: string): Promise<Consultation | null> {
    const row = await this.consultations.findOneBy({ slug });
    return row ? toConsultation(row) : null;
  }

  async consultationsByIds(ids: readonly string[]): Promise<(Consultation | null)[]> {
    const rows = await this.consultations.findBy({ id: In([...ids]) });
    return oneByKey(ids, rows, (row) => row.id).map((row) => (row ? toConsultation(row) : null));
  }

  async sectionsByIds(ids: readonly string[]): Promise<(Section | null)[]> {
    const rows = await this.sections.findBy({ id: In([...ids]) });
    return oneByKey(ids, rows, (row) => row.id).map((row) => (row ? toSection(row) : null));
  }

  async articlesByIds(ids: readonly string[]): Promise<(Article | null)[]> {
    const rows = await this.articles.findBy({ id: In([...ids]) });
    return oneByKey(ids, rows, (row) => row.id).map((row) => (row ? toArticle(row) : null));
  }

  /** Batch: the sections of each consultation, in order. */
  async sectionsOfConsultations(consultationIds: readonly string[]): Promise<Section[][]> {
    const rows = await this.sections.find({
      where: { consultationId: In([...consultationIds]) },
      order: { position: 'ASC' },
    });
    return groupByKey(consultationIds, rows, (row) => row.consultationId).map((group) =>
      group.map(toSection),
    );
  }

  /** Batch: the articles of each section, in order. */
  async articlesOfSections(sectionIds: readonly string[]): Promise<Article[][]> {
    const rows = await this.articles.find({
      where: { sectionId: In([...sectionIds]) },
      order: { position: 'ASC', number: 'ASC' },
    });
    return groupByKey(sectionIds, rows, (row) => row.sectionId).map((group) =>
      group.map(toArticle),
    );
  }

  async versionsByIds(ids: readonly string[]): Promise<(ArticleVersion | null)[]> {
    const rows = await this.versions.findBy({ id: In([...ids]) });
    return oneByKey(ids, rows, (row) => row.id).map((row) => (row ? toArticleVersion(row) : null));
  }

  /** Batch: every version of each article, oldest first. */
  async versionsOfArticles(articleIds: readonly string[]): Promise<ArticleVersion[][]> {
    const rows = await this.versions.find({
      where: { articleId: In([...articleIds]) },
      order: { number: 'ASC' },
    });
    return groupByKey(articleIds, rows, (row) => row.articleId).map((group) =>
      group.map(toArticleVersion),
    );
  }

  /** Batch: the current (latest) version of each article. */
  async currentVersionsOfArticles(
    articleIds: readonly string[],
  ): Promise<(ArticleVersion | null)[]> {
    const rows = await this.versions
      .createQueryBuilder('v')
      .distinctOn(['v.article_id'])
      .where('v.article_id = ANY(:ids::uuid[])', { ids: [...articleIds] })
      .orderBy('v.article_id')
      .addOrderBy('v.number', 'DESC')
      .getMany();
    return oneByKey(articleIds, rows, (row) => row.articleId).map((row) =>
      row ? toArticleVersion(row) : null,
    );
  }

  /** Batch: versions by `versionKey(article, number)`; null for a number the article does not have. */
  async versionsByNumbers(keys: readonly string[]): Promise<(ArticleVersion | null)[]> {
    const pairs = keys.map((key) => key.split('#') as [string, string]);
    const rows = await this.versions
      .createQueryBuilder('v')
      .where(
        '(v.article_id, v.number) IN (SELECT * FROM unnest(:articleIds::uuid[], :numbers::int[]))',
        { articleIds: pairs.map(([id]) => id), numbers: pairs.map(([, n]) => Number(n)) },
      )
      .getMany();
    return oneByKey(keys, rows, (row) => versionKey(row.articleId, row.number)).map((row) =>
      row ? toArticleVersion(row) : null,
    );
  }

  /**
   * For a contribution on an article (an amendment), in the caller's transaction: locks the
   * article row `FOR SHARE` — a publication takes it `FOR UPDATE`, so it waits for the
   * contribution to commit and the contribution waits for the publication (queued fairly behind
   * it: see `articleTextLockKey`) — then reads the current version and what the consultation
   * allows. Null when there is no such article.
   */
  async articleForContribution(
    manager: EntityManager,
    articleId: string,
  ): Promise<ArticleForContribution | null> {
    await manager.query('SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 0))', [
      articleTextLockKey(articleId),
    ]);
    const [article] = (await manager.query(
      'SELECT id, consultation_id, number FROM article WHERE id = $1 FOR SHARE',
      [articleId],
    )) as { id: string; consultation_id: string; number: number }[];
    if (!article) return null;
    const current = await manager.findOneOrFail(ArticleVersionEntity, {
      where: { articleId },
      order: { number: 'DESC' },
      select: { id: true, number: true, text: true },
    });
    const consultation = await manager.findOneByOrFail(ConsultationEntity, {
      id: article.consultation_id,
    });
    return {
      id: article.id,
      consultationId: article.consultation_id,
      number: article.number,
      currentVersion: current,
      rules: rulesFor(consultation),
      maxOpenAmendmentsPerArticle: consultation.maxOpenAmendmentsPerArticle,
    };
  }

  /** For a proposed article: its section and what the consultation allows; null when unknown. */
  async sectionForContribution(
    manager: EntityManager,
    sectionId: string,
  ): Promise<SectionForContribution | null> {
    const section = await manager.findOneBy(SectionEntity, { id: sectionId });
    if (!section) return null;
    const consultation = await manager.findOneByOrFail(ConsultationEntity, {
      id: section.consultationId,
    });
    return {
      id: section.id,
      consultationId: section.consultationId,
      rules: rulesFor(consultation),
    };
  }

  /** What a consultation allows now (for the target registry); NOT_FOUND-safe: closed when unknown. */
  async rulesOf(consultationId: string, manager?: EntityManager): Promise<TargetRules> {
    // Read on every vote, argument and amendment: one plain statement, no entity hydration.
    const [row] = (await (manager ?? this.consultations.manager).query(
      `SELECT opens_at AS "opensAt", closes_at AS "closesAt", answered_at AS "answeredAt",
              amendments_open AS "amendmentsOpen", proposals_open AS "proposalsOpen",
              votes_open AS "votesOpen", arguments_open AS "argumentsOpen",
              max_open_amendments_per_article AS "maxOpenAmendmentsPerArticle"
       FROM consultation WHERE id = $1`,
      [consultationId],
    )) as (PhaseDates & PhaseSettings)[];
    if (!row)
      return {
        phase: 'CLOSED',
        amendmentsOpen: false,
        proposalsOpen: false,
        votesOpen: false,
        argumentsOpen: false,
      };
    return rulesFor(row);
  }

  /** Articles as targets of votes, arguments, sources and responses. */
  async articleTargets(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<(Omit<Target, 'rules' | 'globalId' | 'kind'> | null)[]> {
    const rows = (await (manager ?? this.articles.manager).query(
      `SELECT id, consultation_id AS "consultationId" FROM article WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as { id: string; consultationId: string }[];
    return oneByKey(ids, rows, (row) => row.id).map((row) =>
      row
        ? {
            id: row.id,
            consultationId: row.consultationId,
            articleId: row.id,
            authorId: null,
            hidden: false,
            active: true,
          }
        : null,
    );
  }
}

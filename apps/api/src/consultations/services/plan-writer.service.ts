import { normalizeText } from '@amendo/text';
import { Injectable } from '@nestjs/common';
import { type EntityManager, QueryFailedError } from 'typeorm';
import { EventLog } from '../../history/event-log.service.js';
import { ConsultationException, MAX_TEXT_LENGTH } from '../consultation.exception.js';
import type { PhaseDates } from '../consultation-phase.js';
import { DEFAULT_PHASE_SETTINGS, type PhaseSettings } from '../consultation-rules.js';
import { ArticleVersionEntity } from '../entities/article-version.entity.js';
import { ArticleEntity } from '../entities/article.entity.js';
import { ConsultationEntity } from '../entities/consultation.entity.js';
import { SectionEntity } from '../entities/section.entity.js';
import { changedPositions, moveTo } from './plan-order.js';

export interface NewConsultation {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly opensAt: Date | null;
  readonly closesAt: Date | null;
  readonly settings?: Partial<PhaseSettings>;
}

/** Changes to a consultation: a field left undefined keeps its value; a date set to null is cleared. */
export interface ConsultationChanges {
  readonly title?: string;
  readonly summary?: string;
  readonly opensAt?: Date | null;
  readonly closesAt?: Date | null;
  readonly answeredAt?: Date | null;
  readonly settings?: Partial<PhaseSettings>;
}

export interface SectionChanges {
  readonly title?: string;
  readonly position?: number;
}

export interface ArticleChanges {
  readonly title?: string;
  /** Moves the article to this section (of the same consultation). */
  readonly sectionId?: string;
  /** Position in its (new) section; when moving without one, the article goes at the end. */
  readonly position?: number;
}

export interface NewVersion {
  readonly text: string;
  readonly changelog: string;
  /** The version the text was edited from: when another has been published since, CONFLICT. */
  readonly baseVersionNumber?: number;
  /** Uuids of the amendments the new version incorporates (checked by the amendments context). */
  readonly incorporatedAmendmentIds?: readonly string[];
}

/** A version just published, as the contexts hooked into publications see it. */
export interface VersionPublished {
  readonly article: Pick<ArticleEntity, 'id' | 'consultationId'>;
  /** The version it replaces as current (null for version 1). */
  readonly previous: ArticleVersionEntity | null;
  readonly version: ArticleVersionEntity;
  readonly incorporatedAmendmentIds: readonly string[];
  readonly actorId: string | null;
}

/**
 * Runs in the publication's transaction, with the article row locked `FOR UPDATE`: the
 * amendments context incorporates and re-anchors its amendments there (it registers with
 * `PlanWriter.onVersionPublished`, so this context never imports it). Throwing refuses the
 * publication, with nothing written.
 */
export type VersionPublishedHook = (
  manager: EntityManager,
  published: VersionPublished,
) => Promise<void>;

type Change = { readonly from: unknown; readonly to: unknown };

const SETTING_KEYS = Object.keys(DEFAULT_PHASE_SETTINGS) as (keyof PhaseSettings)[];

const sameDate = (a: Date | null, b: Date | null): boolean =>
  a === b || (a !== null && b !== null && a.getTime() === b.getTime());

/** Refuses dates that make no sense together (the database checks the same, less kindly). */
export function checkPhaseDates(dates: PhaseDates): void {
  const { opensAt, closesAt, answeredAt } = dates;
  if (opensAt && closesAt && closesAt <= opensAt) {
    throw ConsultationException.badDates(
      'La date de clôture doit être postérieure à la date d’ouverture.',
    );
  }
  if (answeredAt && !closesAt) {
    throw ConsultationException.badDates(
      'Une consultation ne peut avoir de date de réponses sans date de clôture : fixez d’abord sa clôture.',
    );
  }
  if (answeredAt && closesAt && answeredAt < closesAt) {
    throw ConsultationException.badDates(
      'La date des réponses ne peut précéder la date de clôture.',
    );
  }
}

/** Length of a text in characters (Unicode code points, as PostgreSQL's char_length). */
function characterCount(text: string): number {
  return [...text].length;
}

/**
 * The key of an article's text in PostgreSQL's (fair, first-come first-served) lock manager: a
 * publication takes it exclusively, a contribution on the article shared. Row locks alone would
 * let a steady stream of contributions (`FOR SHARE`) starve a publication (`FOR UPDATE`), as
 * share lockers join the current ones ahead of a waiting updater.
 */
export const articleTextLockKey = (articleId: string): string => `article-text:${articleId}`;

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}

/**
 * Writes of the consultation's plan. Each method runs in the caller's transaction and appends
 * its event there, so a use case (an admin mutation, the demo seed, an import) stays atomic.
 * Writes that compute a position, a number or a version number lock first: the consultation row
 * for the plan's order (sections, articles and their numbers), the article row for its versions.
 */
@Injectable()
export class PlanWriter {
  private readonly publicationHooks: VersionPublishedHook[] = [];

  constructor(private readonly events: EventLog) {}

  /** Registers a hook run inside every publication's transaction (see `VersionPublishedHook`). */
  onVersionPublished(hook: VersionPublishedHook): void {
    this.publicationHooks.push(hook);
  }

  /** Locks a consultation row (`FOR UPDATE`) until the transaction ends; null when it does not exist. */
  lockConsultation(manager: EntityManager, id: string): Promise<ConsultationEntity | null> {
    return manager.findOne(ConsultationEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async createConsultation(
    manager: EntityManager,
    input: NewConsultation,
    actorId: string | null,
  ): Promise<ConsultationEntity> {
    const { settings, ...fields } = input;
    checkPhaseDates({ ...fields, answeredAt: null });
    if (await manager.existsBy(ConsultationEntity, { slug: input.slug })) {
      throw ConsultationException.slugTaken(input.slug);
    }
    const allSettings = { ...DEFAULT_PHASE_SETTINGS, ...settings };
    let consultation: ConsultationEntity;
    try {
      consultation = await manager.save(
        manager.create(ConsultationEntity, { ...fields, ...allSettings, answeredAt: null }),
      );
    } catch (error) {
      // Two admins creating the same slug at once: the unique index decides.
      if (isUniqueViolation(error, 'consultation_slug_key')) {
        throw ConsultationException.slugTaken(input.slug);
      }
      throw error;
    }
    await this.events.append(manager, {
      type: 'consultation.created',
      actorId,
      subjectType: 'Consultation',
      subjectId: consultation.id,
      consultationId: consultation.id,
      payload: {
        slug: input.slug,
        title: input.title,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        settings: allSettings,
      },
    });
    return consultation;
  }

  /**
   * Changes a consultation (locked by the caller) and appends `eventType` with what changed;
   * writes nothing when nothing changes.
   */
  async updateConsultation(
    manager: EntityManager,
    consultation: ConsultationEntity,
    changes: ConsultationChanges,
    actorId: string | null,
    eventType = 'consultation.updated',
  ): Promise<ConsultationEntity> {
    const recorded: Record<string, Change> = {};
    const next = { ...consultation };
    for (const key of ['title', 'summary'] as const) {
      const value = changes[key];
      if (value !== undefined && value !== consultation[key]) {
        recorded[key] = { from: consultation[key], to: value };
        next[key] = value;
      }
    }
    for (const key of ['opensAt', 'closesAt', 'answeredAt'] as const) {
      const value = changes[key];
      if (value !== undefined && !sameDate(value, consultation[key])) {
        recorded[key] = { from: consultation[key], to: value };
        next[key] = value;
      }
    }
    for (const key of SETTING_KEYS) {
      const value = changes.settings?.[key];
      if (value !== undefined && value !== consultation[key]) {
        recorded[key] = { from: consultation[key], to: value };
        (next as Record<keyof PhaseSettings, PhaseSettings[keyof PhaseSettings]>)[key] = value;
      }
    }
    if (Object.keys(recorded).length === 0) return consultation;
    checkPhaseDates(next);
    const saved = await manager.save(Object.assign(consultation, next));
    await this.events.append(manager, {
      type: eventType,
      actorId,
      subjectType: 'Consultation',
      subjectId: saved.id,
      consultationId: saved.id,
      payload: { changes: recorded },
    });
    return saved;
  }

  /** Adds a section at the end of a consultation. */
  async createSection(
    manager: EntityManager,
    consultationId: string,
    title: string,
    actorId: string | null,
  ): Promise<SectionEntity> {
    if (!(await this.lockConsultation(manager, consultationId))) {
      throw ConsultationException.consultationNotFound();
    }
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

  /** Renames or moves a section; its consultation must be locked by the caller (`lockConsultation`). */
  async updateSection(
    manager: EntityManager,
    section: SectionEntity,
    changes: SectionChanges,
    actorId: string | null,
  ): Promise<SectionEntity> {
    const recorded: Record<string, Change> = {};
    if (changes.title !== undefined && changes.title !== section.title) {
      recorded.title = { from: section.title, to: changes.title };
      await manager.update(SectionEntity, { id: section.id }, { title: changes.title });
    }
    if (changes.position !== undefined && changes.position !== section.position) {
      const siblings = await manager.find(SectionEntity, {
        where: { consultationId: section.consultationId },
        order: { position: 'ASC' },
      });
      if (changes.position > siblings.length) {
        throw ConsultationException.badPosition(changes.position, siblings.length);
      }
      const order = moveTo(
        siblings.map((s) => s.id),
        section.id,
        changes.position,
      );
      const moves = changedPositions(order, new Map(siblings.map((s) => [s.id, s.position])));
      await this.writePositions(manager, 'section', moves);
      recorded.position = { from: section.position, to: changes.position };
    }
    if (Object.keys(recorded).length === 0) return section;
    await this.events.append(manager, {
      type: 'section.updated',
      actorId,
      subjectType: 'Section',
      subjectId: section.id,
      consultationId: section.consultationId,
      payload: { changes: recorded },
    });
    if (recorded.position) await this.renumberArticles(manager, section.consultationId, actorId);
    return manager.findOneByOrFail(SectionEntity, { id: section.id });
  }

  /**
   * Creates an article at the end of its section, with version 1. Articles are numbered in
   * reading order, so the articles of the sections after it move up by one.
   */
  async createArticle(
    manager: EntityManager,
    section: Pick<SectionEntity, 'id' | 'consultationId'>,
    input: { readonly title: string; readonly text: string },
    actorId: string | null,
  ): Promise<ArticleEntity> {
    await this.lockConsultation(manager, section.consultationId);
    const { number, position } = (
      await manager.query(
        `SELECT (SELECT coalesce(max(number), 0) + 1 FROM article WHERE consultation_id = $1) AS number,
              (SELECT coalesce(max(position), 0) + 1 FROM article WHERE section_id = $2) AS position`,
        [section.consultationId, section.id],
      )
    )[0] as { number: number; position: number };
    const created = await manager.save(
      manager.create(ArticleEntity, {
        consultationId: section.consultationId,
        sectionId: section.id,
        number: Number(number),
        position: Number(position),
        title: input.title,
      }),
    );
    const renumbered = await this.renumberArticles(manager, section.consultationId, actorId, [
      created.id,
    ]);
    const article = Object.assign(created, {
      number: renumbered.get(created.id) ?? created.number,
    });
    await this.events.append(manager, {
      type: 'article.created',
      actorId,
      subjectType: 'Article',
      subjectId: article.id,
      articleId: article.id,
      consultationId: article.consultationId,
      payload: { number: article.number, title: article.title, sectionId: section.id },
    });
    await this.publishVersion(
      manager,
      article,
      { text: input.text, changelog: 'Version initiale.' },
      actorId,
    );
    return article;
  }

  /**
   * Renames an article or moves it within or between sections of its consultation, which the
   * caller has locked (`lockConsultation`). The text changes only through `publishVersion`.
   */
  async updateArticle(
    manager: EntityManager,
    article: ArticleEntity,
    changes: ArticleChanges,
    actorId: string | null,
  ): Promise<ArticleEntity> {
    const recorded: Record<string, Change> = {};
    if (changes.title !== undefined && changes.title !== article.title) {
      recorded.title = { from: article.title, to: changes.title };
      await manager.update(ArticleEntity, { id: article.id }, { title: changes.title });
    }
    const moving = changes.sectionId !== undefined && changes.sectionId !== article.sectionId;
    if (moving || (changes.position !== undefined && changes.position !== article.position)) {
      const target = moving
        ? await manager.findOneBy(SectionEntity, { id: changes.sectionId })
        : null;
      if (moving && !target) throw ConsultationException.sectionNotFound();
      if (target && target.consultationId !== article.consultationId) {
        throw ConsultationException.otherConsultation();
      }
      const sectionId = target?.id ?? article.sectionId;
      const siblings = await manager.find(ArticleEntity, {
        where: { sectionId },
        order: { position: 'ASC', number: 'ASC' },
      });
      const others = siblings.filter((s) => s.id !== article.id);
      const position = changes.position ?? others.length + 1;
      if (position > others.length + 1) {
        throw ConsultationException.badPosition(position, others.length + 1);
      }
      const positions = new Map(siblings.map((s) => [s.id, s.position]));
      if (moving) positions.delete(article.id);
      const moves = changedPositions(
        moveTo(
          others.map((s) => s.id),
          article.id,
          position,
        ),
        positions,
      );
      if (moving) {
        await manager.update(ArticleEntity, { id: article.id }, { sectionId });
        recorded.sectionId = { from: article.sectionId, to: sectionId };
        const left = await manager.find(ArticleEntity, {
          where: { sectionId: article.sectionId },
          order: { position: 'ASC', number: 'ASC' },
        });
        const compacted = changedPositions(
          left.filter((s) => s.id !== article.id).map((s) => s.id),
          new Map(left.map((s) => [s.id, s.position])),
        );
        moves.push(...compacted);
      }
      await this.writePositions(manager, 'article', moves);
      if (position !== article.position || moving) {
        recorded.position = { from: article.position, to: position };
      }
    }
    if (Object.keys(recorded).length === 0) return article;
    const renumbered =
      recorded.position || recorded.sectionId
        ? await this.renumberArticles(manager, article.consultationId, actorId, [article.id])
        : new Map<string, number>();
    const number = renumbered.get(article.id);
    if (number !== undefined) recorded.number = { from: article.number, to: number };
    await this.events.append(manager, {
      type: 'article.updated',
      actorId,
      subjectType: 'Article',
      subjectId: article.id,
      articleId: article.id,
      consultationId: article.consultationId,
      payload: { changes: recorded },
    });
    return manager.findOneByOrFail(ArticleEntity, { id: article.id });
  }

  /**
   * Publishes the next immutable version of an article. The text is normalised so line numbers are
   * stable; it must not be empty, longer than 100,000 characters or identical to the current
   * version. The article row is locked first, so two publications at once get numbers N+1 and N+2
   * (the unique index on (article_id, number) backs it), and contributions on the article (which
   * lock it `FOR SHARE`) wait for the publication. The publication hooks then run under the lock.
   */
  async publishVersion(
    manager: EntityManager,
    article: Pick<ArticleEntity, 'id' | 'consultationId'>,
    input: NewVersion,
    actorId: string | null,
  ): Promise<ArticleVersionEntity> {
    const text = normalizeText(input.text);
    // Nothing but blank lines (spaces of any kind) is an empty text too.
    if (!/\S/.test(text)) throw ConsultationException.emptyText();
    // A string never has more code points than UTF-16 units: count only when it may matter.
    if (text.length > MAX_TEXT_LENGTH && characterCount(text) > MAX_TEXT_LENGTH) {
      throw ConsultationException.textTooLong(characterCount(text));
    }
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      articleTextLockKey(article.id),
    ]);
    const locked = (await manager.query('SELECT number FROM article WHERE id = $1 FOR UPDATE', [
      article.id,
    ])) as { number: number }[];
    const articleNumber = locked[0]?.number;
    if (articleNumber === undefined) throw ConsultationException.articleNotFound();
    const current = await manager.findOne(ArticleVersionEntity, {
      where: { articleId: article.id },
      order: { number: 'DESC' },
    });
    const currentNumber = current?.number ?? 0;
    const base = input.baseVersionNumber;
    if (base !== undefined && base !== currentNumber) {
      if (base > currentNumber) {
        throw ConsultationException.versionNotFound(articleNumber, base, currentNumber);
      }
      throw ConsultationException.staleBase(base, currentNumber);
    }
    if (current && current.text === text) throw ConsultationException.identicalText(current.number);
    const incorporatedAmendmentIds = [...new Set(input.incorporatedAmendmentIds ?? [])];
    if (incorporatedAmendmentIds.length > 0 && (!current || this.publicationHooks.length === 0)) {
      throw ConsultationException.nothingToIncorporate();
    }
    const version = await manager.save(
      manager.create(ArticleVersionEntity, {
        articleId: article.id,
        number: currentNumber + 1,
        text,
        changelog: input.changelog.trim(),
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
      payload: {
        number: version.number,
        changelog: version.changelog,
        ...(incorporatedAmendmentIds.length > 0 ? { incorporatedAmendmentIds } : {}),
      },
    });
    for (const hook of this.publicationHooks) {
      await hook(manager, {
        article,
        previous: current,
        version,
        incorporatedAmendmentIds,
        actorId,
      });
    }
    return version;
  }

  /**
   * Numbers the consultation's articles 1…n in reading order (section position, then article
   * position) and appends `article.renumbered` for each article whose number changed, except
   * `silent` ones (whose own event says it). Returns the new numbers of the articles that changed.
   * The unique (consultation_id, number) constraint is deferred to the commit, so numbers may swap.
   */
  async renumberArticles(
    manager: EntityManager,
    consultationId: string,
    actorId: string | null,
    silent: readonly string[] = [],
  ): Promise<Map<string, number>> {
    const rows = (await manager.query(
      `WITH ordered AS (
         SELECT a.id, a.number AS previous,
                row_number() OVER (ORDER BY s.position, a.position, a.number, a.id)::int AS next
         FROM article a JOIN section s ON s.id = a.section_id
         WHERE a.consultation_id = $1
       ), changed AS (
         UPDATE article a SET number = o.next FROM ordered o
         WHERE a.id = o.id AND a.number <> o.next
         RETURNING a.id, o.previous, o.next
       )
       SELECT id, previous, next FROM changed ORDER BY next`,
      [consultationId],
    )) as { id: string; previous: number; next: number }[];
    for (const row of rows) {
      if (silent.includes(row.id)) continue;
      await this.events.append(manager, {
        type: 'article.renumbered',
        actorId,
        subjectType: 'Article',
        subjectId: row.id,
        articleId: row.id,
        consultationId,
        payload: { from: row.previous, to: row.next },
      });
    }
    return new Map(rows.map((row) => [row.id, row.next]));
  }

  private async writePositions(
    manager: EntityManager,
    table: 'section' | 'article',
    moves: readonly { id: string; position: number }[],
  ): Promise<void> {
    if (moves.length === 0) return;
    await manager.query(
      `UPDATE ${table} t SET position = m.position
       FROM unnest($1::uuid[], $2::int[]) AS m(id, position) WHERE t.id = m.id`,
      [moves.map((m) => m.id), moves.map((m) => m.position)],
    );
  }
}

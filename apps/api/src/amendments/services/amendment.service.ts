import { extractRange, isInsertion, lineCount, type LineRange, validateRange } from '@amendo/text';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access.decorators.js';
import {
  type ArticleForContribution,
  ConsultationService,
} from '../../consultations/services/consultation.service.js';
import { EventLog } from '../../history/event-log.service.js';
import { WorkshopService } from '../../workshops/services/workshop.service.js';
import { AmendmentException } from '../amendment.exception.js';
import type { Amendment } from '../dto/amendment.type.js';
import { amendmentKind, toAmendment } from '../dto/mappers.js';
import { AmendmentEntity } from '../entities/amendment.entity.js';
import { proposedTextOf, rationaleOf } from '../text-rules.js';
import { appendAmendmentRevisions, lockKey } from './rows.js';
import { VoteFacts } from './vote-facts.js';

export interface NewAmendment extends LineRange {
  /** Row uuid of the article. */
  readonly articleId: string;
  readonly versionNumber: number;
  readonly proposedText: string;
  readonly rationale: string;
  /** Global id of the workshop a facilitator enters it for (see `WorkshopService.provenanceOf`). */
  readonly workshopId?: string | null;
}

export interface AmendmentChanges {
  readonly lineStart?: number;
  readonly lineEnd?: number;
  readonly proposedText?: string;
  readonly rationale?: string;
}

export interface Reproposal extends LineRange {
  readonly versionNumber: number;
  readonly proposedText?: string;
  readonly rationale?: string;
}

/** Where an amendment goes on a version: its range, the lines it replaces and its new text. */
interface Placement extends LineRange {
  readonly originalText: string;
  readonly proposedText: string;
}

/**
 * A range of `text` and what replaces it, checked: the range fits (the messages of
 * `@amendo/text`), an insertion inserts something, and the text proposed differs from the lines.
 */
export function place(text: string, range: LineRange, proposedText: string): Placement {
  const check = validateRange(lineCount(text), range);
  if (!check.ok) throw AmendmentException.badRange(check.message, check.code);
  const originalText = extractRange(text, range);
  if (isInsertion(range) && proposedText === '') throw AmendmentException.emptyInsertion();
  if (proposedText === originalText) throw AmendmentException.identicalText();
  return { lineStart: range.lineStart, lineEnd: range.lineEnd, originalText, proposedText };
}

/**
 * The participants' use cases on amendments: propose, edit, withdraw, re-propose. Each is one
 * transaction with its revision and its event. A write on an article's amendments locks the
 * article row `FOR SHARE` and reads the current version under that lock; a publication locks it
 * `FOR UPDATE` — so an amendment is never written against a version that is being replaced.
 */
@Injectable()
export class AmendmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consultations: ConsultationService,
    private readonly events: EventLog,
    private readonly votes: VoteFacts,
    private readonly workshops: WorkshopService,
  ) {}

  async propose(viewer: Viewer, input: NewAmendment): Promise<Amendment> {
    const proposedText = proposedTextOf(input.proposedText);
    const rationale = rationaleOf(input.rationale);
    const row = await this.dataSource.transaction(async (manager) => {
      const article = await this.openArticle(manager, input.articleId);
      const version = this.currentVersion(article, input.versionNumber);
      const placement = place(version.text, input, proposedText);
      const workshopId = await this.workshops.provenanceOf(
        manager,
        viewer,
        input.workshopId,
        article.consultationId,
      );
      return this.insert(manager, viewer, article, placement, rationale, null, workshopId);
    });
    return toAmendment(row);
  }

  async edit(viewer: Viewer, amendmentId: string, changes: AmendmentChanges): Promise<Amendment> {
    if ((changes.lineStart === undefined) !== (changes.lineEnd === undefined)) {
      throw AmendmentException.rangeHalfGiven();
    }
    const proposedText =
      changes.proposedText === undefined ? undefined : proposedTextOf(changes.proposedText);
    const rationale = changes.rationale === undefined ? undefined : rationaleOf(changes.rationale);
    const row = await this.dataSource.transaction(async (manager) => {
      const found = await this.find(manager, amendmentId);
      const article = await this.openArticle(manager, found.articleId);
      const amendment = await this.lockOwn(manager, viewer, amendmentId);
      if (amendment.status !== 'OPEN')
        throw AmendmentException.notOpen('amendment', amendment.status);
      if (await this.votes.hasVotes(manager, amendment.id))
        throw AmendmentException.hasVotes('amendment');
      // An OPEN amendment is always on the current version: publications re-anchor it under lock.
      const range =
        changes.lineStart !== undefined && changes.lineEnd !== undefined
          ? { lineStart: changes.lineStart, lineEnd: changes.lineEnd }
          : amendment;
      const placement = place(
        article.currentVersion.text,
        range,
        proposedText ?? amendment.proposedText,
      );
      const next = { ...placement, rationale: rationale ?? amendment.rationale };
      const changed = (['lineStart', 'lineEnd', 'proposedText', 'rationale'] as const).filter(
        (key) => next[key] !== amendment[key],
      );
      if (changed.length === 0) throw AmendmentException.nothingChanged();
      await manager.update(AmendmentEntity, { id: amendment.id }, next);
      await appendAmendmentRevisions(manager, [{ id: amendment.id, kind: 'EDITED' }]);
      await this.events.append(manager, {
        type: 'amendment.edited',
        actorId: viewer.id,
        subjectType: 'Amendment',
        subjectId: amendment.id,
        articleId: amendment.articleId,
        consultationId: amendment.consultationId,
        payload: {
          authorId: amendment.authorId,
          changed,
          versionNumber: amendment.baseVersionNumber,
          lineStart: next.lineStart,
          lineEnd: next.lineEnd,
        },
      });
      return manager.findOneByOrFail(AmendmentEntity, { id: amendment.id });
    });
    return toAmendment(row);
  }

  async withdraw(viewer: Viewer, amendmentId: string): Promise<Amendment> {
    const row = await this.dataSource.transaction(async (manager) => {
      const amendment = await this.lockOwn(manager, viewer, amendmentId);
      if (amendment.status !== 'OPEN')
        throw AmendmentException.notOpen('amendment', amendment.status);
      const rules = await this.consultations.rulesOf(amendment.consultationId, manager);
      if (!rules.amendmentsOpen) throw AmendmentException.closed(rules, 'amendments');
      await manager.update(AmendmentEntity, { id: amendment.id }, { status: 'WITHDRAWN' });
      await appendAmendmentRevisions(manager, [{ id: amendment.id, kind: 'WITHDRAWN' }]);
      await this.events.append(manager, {
        type: 'amendment.withdrawn',
        actorId: viewer.id,
        subjectType: 'Amendment',
        subjectId: amendment.id,
        articleId: amendment.articleId,
        consultationId: amendment.consultationId,
        payload: { authorId: amendment.authorId },
      });
      return manager.findOneByOrFail(AmendmentEntity, { id: amendment.id });
    });
    return toAmendment(row);
  }

  /**
   * Re-proposes an OUTDATED amendment on the current version: a new OPEN amendment pointing back
   * to it (votes and arguments on the old wording stay with the old one, which stays OUTDATED).
   */
  async repropose(viewer: Viewer, amendmentId: string, input: Reproposal): Promise<Amendment> {
    const proposedText =
      input.proposedText === undefined ? undefined : proposedTextOf(input.proposedText);
    const rationale = input.rationale === undefined ? undefined : rationaleOf(input.rationale);
    const row = await this.dataSource.transaction(async (manager) => {
      const found = await this.find(manager, amendmentId);
      const article = await this.openArticle(manager, found.articleId);
      const old = await this.lockOwn(manager, viewer, amendmentId);
      if (old.status !== 'OUTDATED') throw AmendmentException.notOutdated(old.status);
      if (await manager.existsBy(AmendmentEntity, { reproposedFromId: old.id })) {
        throw AmendmentException.alreadyReproposed();
      }
      const version = this.currentVersion(article, input.versionNumber);
      const placement = place(version.text, input, proposedText ?? old.proposedText);
      // A workshop's amendment, re-proposed, stays the workshop's.
      return this.insert(
        manager,
        viewer,
        article,
        placement,
        rationale ?? old.rationale,
        old.id,
        old.workshopId,
      );
    });
    return toAmendment(row);
  }

  private async insert(
    manager: EntityManager,
    viewer: Viewer,
    article: ArticleForContribution,
    placement: Placement,
    rationale: string,
    reproposedFromId: string | null,
    workshopId: string | null,
  ): Promise<AmendmentEntity> {
    // The limit is per person; a workshop's amendments come from many people (one facilitator).
    if (!workshopId) await this.checkOpenLimit(manager, viewer.id, article);
    const amendment = await manager.save(
      manager.create(AmendmentEntity, {
        consultationId: article.consultationId,
        articleId: article.id,
        baseVersionId: article.currentVersion.id,
        baseVersionNumber: article.currentVersion.number,
        ...placement,
        rationale,
        status: 'OPEN',
        authorId: viewer.id,
        incorporatedInVersionId: null,
        reproposedFromId,
        workshopId,
      }),
    );
    await appendAmendmentRevisions(manager, [{ id: amendment.id, kind: 'CREATED' }]);
    await this.events.append(manager, {
      type: 'amendment.proposed',
      actorId: viewer.id,
      subjectType: 'Amendment',
      subjectId: amendment.id,
      articleId: article.id,
      consultationId: article.consultationId,
      payload: {
        authorId: viewer.id,
        versionNumber: amendment.baseVersionNumber,
        lineStart: amendment.lineStart,
        lineEnd: amendment.lineEnd,
        kind: amendmentKind(amendment),
        ...(reproposedFromId ? { reproposedFromId } : {}),
        ...(workshopId ? { workshopId } : {}),
      },
    });
    return amendment;
  }

  /** The article, locked `FOR SHARE`, while its consultation takes amendments. */
  private async openArticle(
    manager: EntityManager,
    articleId: string,
  ): Promise<ArticleForContribution> {
    const article = await this.consultations.articleForContribution(manager, articleId);
    if (!article) throw AmendmentException.articleNotFound();
    if (!article.rules.amendmentsOpen) throw AmendmentException.closed(article.rules, 'amendments');
    return article;
  }

  /** The current version, which must be the one the participant read (checked under the lock). */
  private currentVersion(
    article: ArticleForContribution,
    versionNumber: number,
  ): ArticleForContribution['currentVersion'] {
    const current = article.currentVersion;
    if (versionNumber < current.number) {
      throw AmendmentException.staleVersion(article.number, versionNumber, current.number);
    }
    if (versionNumber > current.number) {
      throw AmendmentException.unknownVersion(article.number, versionNumber, current.number);
    }
    return current;
  }

  /** At most N OPEN amendments per participant and article (a setting of the consultation). */
  private async checkOpenLimit(
    manager: EntityManager,
    authorId: string,
    article: ArticleForContribution,
  ): Promise<void> {
    // Two proposals of one participant at once would both count N - 1: the second waits here.
    await lockKey(manager, `amendments:${authorId}:${article.id}`);
    const open = await manager.countBy(AmendmentEntity, {
      articleId: article.id,
      authorId,
      status: 'OPEN',
    });
    if (open >= article.maxOpenAmendmentsPerArticle) {
      throw AmendmentException.tooManyOpen(article.maxOpenAmendmentsPerArticle);
    }
  }

  private async find(manager: EntityManager, amendmentId: string): Promise<AmendmentEntity> {
    const amendment = await manager.findOneBy(AmendmentEntity, { id: amendmentId });
    if (!amendment) throw AmendmentException.amendmentNotFound();
    return amendment;
  }

  /** The amendment locked `FOR UPDATE`; FORBIDDEN unless the viewer wrote it. */
  private async lockOwn(
    manager: EntityManager,
    viewer: Viewer,
    amendmentId: string,
  ): Promise<AmendmentEntity> {
    const amendment = await manager.findOne(AmendmentEntity, {
      where: { id: amendmentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!amendment) throw AmendmentException.amendmentNotFound();
    if (amendment.authorId !== viewer.id) throw AmendmentException.notAuthor('amendment');
    return amendment;
  }
}

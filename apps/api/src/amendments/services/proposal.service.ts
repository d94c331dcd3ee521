import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access.decorators.js';
import { ConsultationService } from '../../consultations/services/consultation.service.js';
import { PlanWriter } from '../../consultations/services/plan-writer.service.js';
import { EventLog } from '../../history/event-log.service.js';
import { WorkshopService } from '../../workshops/services/workshop.service.js';
import { AmendmentException } from '../amendment.exception.js';
import { toProposal } from '../dto/mappers.js';
import type { Proposal } from '../dto/proposal.type.js';
import { ProposalEntity } from '../entities/proposal.entity.js';
import { proposalBodyOf, proposalTitleOf, rationaleOf } from '../text-rules.js';
import { appendProposalRevision } from './rows.js';
import { VoteFacts } from './vote-facts.js';

export interface NewProposal {
  /** Row uuid of the section. */
  readonly sectionId: string;
  readonly title: string;
  readonly body: string;
  readonly rationale: string;
  /** Global id of the workshop a facilitator enters it for (see `WorkshopService.provenanceOf`). */
  readonly workshopId?: string | null;
}

export interface ProposalChanges {
  readonly title?: string;
  readonly body?: string;
  readonly rationale?: string;
}

/**
 * Use cases on proposed articles: propose, edit and withdraw (their author, while the phase
 * allows proposals), adopt (an admin: the proposal becomes an article of the plan). Each one
 * transaction, with its revision and its event.
 */
@Injectable()
export class ProposalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consultations: ConsultationService,
    private readonly plan: PlanWriter,
    private readonly events: EventLog,
    private readonly votes: VoteFacts,
    private readonly workshops: WorkshopService,
  ) {}

  async propose(viewer: Viewer, input: NewProposal): Promise<Proposal> {
    const fields = {
      title: proposalTitleOf(input.title),
      body: proposalBodyOf(input.body),
      rationale: rationaleOf(input.rationale),
    };
    const row = await this.dataSource.transaction(async (manager) => {
      const section = await this.consultations.sectionForContribution(manager, input.sectionId);
      if (!section) throw AmendmentException.sectionNotFound();
      if (!section.rules.proposalsOpen) throw AmendmentException.closed(section.rules, 'proposals');
      const workshopId = await this.workshops.provenanceOf(
        manager,
        viewer,
        input.workshopId,
        section.consultationId,
      );
      const proposal = await manager.save(
        manager.create(ProposalEntity, {
          consultationId: section.consultationId,
          sectionId: section.id,
          ...fields,
          status: 'OPEN',
          authorId: viewer.id,
          adoptedAsArticleId: null,
          workshopId,
        }),
      );
      await appendProposalRevision(manager, proposal.id, 'CREATED');
      await this.events.append(manager, {
        type: 'proposal.proposed',
        actorId: viewer.id,
        subjectType: 'Proposal',
        subjectId: proposal.id,
        consultationId: proposal.consultationId,
        payload: {
          authorId: viewer.id,
          sectionId: section.id,
          title: fields.title,
          ...(workshopId ? { workshopId } : {}),
        },
      });
      return proposal;
    });
    return toProposal(row);
  }

  async edit(viewer: Viewer, proposalId: string, changes: ProposalChanges): Promise<Proposal> {
    const next = {
      ...(changes.title === undefined ? {} : { title: proposalTitleOf(changes.title) }),
      ...(changes.body === undefined ? {} : { body: proposalBodyOf(changes.body) }),
      ...(changes.rationale === undefined ? {} : { rationale: rationaleOf(changes.rationale) }),
    };
    const row = await this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockOwn(manager, viewer, proposalId);
      await this.checkOpen(manager, proposal);
      if (await this.votes.hasVotes(manager, proposal.id))
        throw AmendmentException.hasVotes('proposal');
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
        (key) => next[key] !== proposal[key],
      );
      if (changed.length === 0) throw AmendmentException.nothingChanged();
      await manager.update(ProposalEntity, { id: proposal.id }, next);
      await appendProposalRevision(manager, proposal.id, 'EDITED');
      await this.events.append(manager, {
        type: 'proposal.edited',
        actorId: viewer.id,
        subjectType: 'Proposal',
        subjectId: proposal.id,
        consultationId: proposal.consultationId,
        payload: { authorId: proposal.authorId, changed },
      });
      return manager.findOneByOrFail(ProposalEntity, { id: proposal.id });
    });
    return toProposal(row);
  }

  async withdraw(viewer: Viewer, proposalId: string): Promise<Proposal> {
    const row = await this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockOwn(manager, viewer, proposalId);
      await this.checkOpen(manager, proposal);
      await manager.update(ProposalEntity, { id: proposal.id }, { status: 'WITHDRAWN' });
      await appendProposalRevision(manager, proposal.id, 'WITHDRAWN');
      await this.events.append(manager, {
        type: 'proposal.withdrawn',
        actorId: viewer.id,
        subjectType: 'Proposal',
        subjectId: proposal.id,
        consultationId: proposal.consultationId,
        payload: { authorId: proposal.authorId },
      });
      return manager.findOneByOrFail(ProposalEntity, { id: proposal.id });
    });
    return toProposal(row);
  }

  /**
   * Adopts an OPEN proposal: a new article at the end of its section, whose version 1 is the
   * proposal's body (through the plan's writer, with its own events); both point to each other.
   * Possible in any phase: adopting is the officials' answer, often after the close.
   */
  async adopt(actorId: string, proposalId: string, title?: string): Promise<Proposal> {
    const articleTitle = title === undefined ? undefined : proposalTitleOf(title);
    const row = await this.dataSource.transaction(async (manager) => {
      const proposal = await manager.findOne(ProposalEntity, {
        where: { id: proposalId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!proposal) throw AmendmentException.proposalNotFound();
      if (proposal.status !== 'OPEN') throw AmendmentException.notOpen('proposal', proposal.status);
      const article = await this.plan.createArticle(
        manager,
        { id: proposal.sectionId, consultationId: proposal.consultationId },
        { title: articleTitle ?? proposal.title, text: proposal.body },
        actorId,
      );
      await manager.update(
        ProposalEntity,
        { id: proposal.id },
        { status: 'ADOPTED', adoptedAsArticleId: article.id },
      );
      await appendProposalRevision(manager, proposal.id, 'ADOPTED');
      await this.events.append(manager, {
        type: 'proposal.adopted',
        actorId,
        subjectType: 'Proposal',
        subjectId: proposal.id,
        articleId: article.id,
        consultationId: proposal.consultationId,
        payload: {
          authorId: proposal.authorId,
          articleId: article.id,
          articleNumber: article.number,
        },
      });
      return manager.findOneByOrFail(ProposalEntity, { id: proposal.id });
    });
    return toProposal(row);
  }

  /** OPEN, and the consultation still takes proposals (editing and withdrawing included). */
  private async checkOpen(manager: EntityManager, proposal: ProposalEntity): Promise<void> {
    if (proposal.status !== 'OPEN') throw AmendmentException.notOpen('proposal', proposal.status);
    const rules = await this.consultations.rulesOf(proposal.consultationId, manager);
    if (!rules.proposalsOpen) throw AmendmentException.closed(rules, 'proposals');
  }

  /** The proposal locked `FOR UPDATE`; FORBIDDEN unless the viewer wrote it. */
  private async lockOwn(
    manager: EntityManager,
    viewer: Viewer,
    proposalId: string,
  ): Promise<ProposalEntity> {
    const proposal = await manager.findOne(ProposalEntity, {
      where: { id: proposalId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!proposal) throw AmendmentException.proposalNotFound();
    if (proposal.authorId !== viewer.id) throw AmendmentException.notAuthor('proposal');
    return proposal;
  }
}

import { Module, type OnModuleInit } from '@nestjs/common';
import { batchedNodeLoader, NodeRegistry } from '../common/node.js';
import { TargetRegistry } from '../common/target-registry.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { PlanWriter } from '../consultations/services/plan-writer.service.js';
import { DeliberationModule } from '../deliberation/deliberation.module.js';
import { deliberationFieldsResolver } from '../deliberation/resolvers/deliberation-fields.resolver.js';
import { IdentityModule } from '../identity/identity.module.js';
import { responseFieldsResolver } from '../responses/resolvers/response-fields.resolver.js';
import { ResponsesModule } from '../responses/responses.module.js';
import { moderationFieldsResolver } from '../moderation/resolvers/moderation-fields.resolver.js';
import { workshopFieldResolver } from '../workshops/resolvers/workshop-field.resolver.js';
import { WorkshopsModule } from '../workshops/workshops.module.js';
import { Amendment } from './dto/amendment.type.js';
import { Proposal } from './dto/proposal.type.js';
import { AmendmentResolver } from './resolvers/amendment.resolver.js';
import {
  ArticleContributionsResolver,
  ArticleVersionContributionsResolver,
  SectionContributionsResolver,
} from './resolvers/plan-contributions.resolver.js';
import { ProposalResolver } from './resolvers/proposal.resolver.js';
import { AmendmentPublicationService } from './services/amendment-publication.service.js';
import { AmendmentReader } from './services/amendment-reader.service.js';
import { AmendmentService } from './services/amendment.service.js';
import { ProposalReader } from './services/proposal-reader.service.js';
import { ProposalService } from './services/proposal.service.js';
import { VoteFacts } from './services/vote-facts.js';

/**
 * Amendments (line-level, re-anchored onto each new version) and proposed articles. Hooks into
 * the consultations context's publications, and registers both kinds as nodes and as targets of
 * votes, arguments, sources, responses and reports — which never import this module.
 */
@Module({
  imports: [
    ConsultationsModule,
    IdentityModule,
    DeliberationModule,
    ResponsesModule,
    WorkshopsModule,
  ],
  providers: [
    VoteFacts,
    AmendmentService,
    AmendmentReader,
    AmendmentPublicationService,
    ProposalService,
    ProposalReader,
    AmendmentResolver,
    ProposalResolver,
    ArticleContributionsResolver,
    ArticleVersionContributionsResolver,
    SectionContributionsResolver,
    deliberationFieldsResolver(Amendment),
    deliberationFieldsResolver(Proposal),
    responseFieldsResolver(Amendment),
    responseFieldsResolver(Proposal),
    moderationFieldsResolver(Amendment, ['proposedText', 'rationale']),
    moderationFieldsResolver(Proposal, ['title', 'body', 'rationale']),
    workshopFieldResolver(Amendment),
    workshopFieldResolver(Proposal),
  ],
  exports: [AmendmentService, ProposalService],
})
export class AmendmentsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly targets: TargetRegistry,
    private readonly plan: PlanWriter,
    private readonly amendments: AmendmentReader,
    private readonly proposals: ProposalReader,
    private readonly publication: AmendmentPublicationService,
  ) {}

  onModuleInit(): void {
    this.plan.onVersionPublished((manager, published) =>
      this.publication.onVersionPublished(manager, published),
    );
    this.nodes.register(
      'Amendment',
      batchedNodeLoader('amendmentById', (ids) => this.amendments.byIds(ids)),
    );
    this.nodes.register(
      'Proposal',
      batchedNodeLoader('proposalById', (ids) => this.proposals.byIds(ids)),
    );
    this.targets.register('Amendment', (ids, manager) => this.amendments.targets(ids, manager));
    this.targets.register('Proposal', (ids, manager) => this.proposals.targets(ids, manager));
  }
}

import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  Authenticated,
  CurrentViewer,
  Public,
  Roles,
  type Viewer,
} from '../../common/access.decorators.js';
import { fromGlobalId, parseGlobalId } from '../../common/global-id.js';
import type { RequestContext } from '../../common/request-context.js';
import { Visibility } from '../../common/visibility.js';
import { Article } from '../../consultations/dto/article.type.js';
import { Section } from '../../consultations/dto/section.type.js';
import { ConsultationService } from '../../consultations/services/consultation.service.js';
import { Participant } from '../../identity/dto/participant.type.js';
import { ParticipantService } from '../../identity/services/participant.service.js';
import {
  AdoptProposalInput,
  EditProposalInput,
  ProposeArticleInput,
} from '../dto/proposal.inputs.js';
import { Proposal } from '../dto/proposal.type.js';
import { Revision } from '../../common/revision.type.js';
import { ProposalReader } from '../services/proposal-reader.service.js';
import { ProposalService } from '../services/proposal.service.js';
import { orUnchanged, viewerOf } from './amendment.resolver.js';
import { load } from './loaders.js';

@Public()
@Resolver(() => Proposal)
export class ProposalResolver {
  constructor(
    private readonly proposals: ProposalService,
    private readonly reader: ProposalReader,
    private readonly consultations: ConsultationService,
    private readonly participants: ParticipantService,
    private readonly visibility: Visibility,
  ) {}

  @Query(() => Proposal, {
    nullable: true,
    description: 'A proposed article by its global id; null when the id names no proposal.',
  })
  proposal(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: RequestContext,
  ): Promise<Proposal | null> {
    const decoded = parseGlobalId(id);
    if (decoded?.type !== 'Proposal') return Promise.resolve(null);
    return load.proposal(context, this.reader, decoded.id);
  }

  @Authenticated()
  @Mutation(() => Proposal, {
    description:
      'Proposes a new article in a section (while the consultation takes proposals: FORBIDDEN otherwise). Title 1–200 characters, body up to 50,000, rationale up to 5,000; tabs and line breaks kept, other control characters refused (BAD_USER_INPUT).',
  })
  proposeArticle(
    @Args('input') input: ProposeArticleInput,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Proposal> {
    return this.proposals.propose(viewerOf(viewer), {
      sectionId: fromGlobalId(input.sectionId, 'Section').id,
      title: input.title,
      body: input.body,
      rationale: input.rationale,
      workshopId: input.workshopId,
    });
  }

  @Authenticated()
  @Mutation(() => Proposal, {
    description: 'Edits an OPEN proposal (its author only) while no one has voted on it.',
  })
  editProposal(
    @Args('input') input: EditProposalInput,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Proposal> {
    return this.proposals.edit(viewerOf(viewer), fromGlobalId(input.proposalId, 'Proposal').id, {
      title: orUnchanged(input.title),
      body: orUnchanged(input.body),
      rationale: orUnchanged(input.rationale),
    });
  }

  @Authenticated()
  @Mutation(() => Proposal, { description: 'Withdraws an OPEN proposal (its author only).' })
  withdrawProposal(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Proposal> {
    return this.proposals.withdraw(viewerOf(viewer), fromGlobalId(id, 'Proposal').id);
  }

  @Roles('ADMIN')
  @Mutation(() => Proposal, {
    description:
      'Adopts an OPEN proposal as a new article at the end of its section (version 1 = its body); Proposal.adoptedAs and Article.adoptedFrom then point to each other.',
  })
  adoptProposal(
    @Args('input') input: AdoptProposalInput,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Proposal> {
    return this.proposals.adopt(
      viewerOf(viewer).id,
      fromGlobalId(input.proposalId, 'Proposal').id,
      orUnchanged(input.title),
    );
  }

  @ResolveField(() => Section)
  async section(
    @Parent() proposal: Proposal,
    @Context() context: RequestContext,
  ): Promise<Section> {
    const section = await load.section(context, this.consultations, proposal.sectionUuid);
    if (!section) throw new Error(`Proposal ${proposal.uuid} has no section`);
    return section;
  }

  @ResolveField(() => Participant, { nullable: true, description: 'Null for a deleted account.' })
  author(
    @Parent() proposal: Proposal,
    @Context() context: RequestContext,
  ): Promise<Participant | null> {
    return proposal.authorUuid
      ? load.participant(context, this.participants, proposal.authorUuid)
      : Promise.resolve(null);
  }

  @ResolveField(() => Article, {
    nullable: true,
    description: 'The article it became (status ADOPTED).',
  })
  adoptedAs(
    @Parent() proposal: Proposal,
    @Context() context: RequestContext,
  ): Promise<Article | null> {
    return proposal.adoptedAsArticleUuid
      ? load.article(context, this.consultations, proposal.adoptedAsArticleUuid)
      : Promise.resolve(null);
  }

  @ResolveField(() => [Revision], { description: 'Every change, oldest (1) first.' })
  async revisions(
    @Parent() proposal: Proposal,
    @Context() context: RequestContext,
  ): Promise<Revision[]> {
    if (await this.visibility.hiddenFor(context, proposal.uuid, proposal.authorUuid)) return [];
    return context.loaders.load(
      'revisionsOfProposal',
      (ids: readonly string[]) => this.reader.revisionsOf(ids),
      proposal.uuid,
    );
  }
}

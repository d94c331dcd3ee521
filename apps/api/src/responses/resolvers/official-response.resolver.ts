import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, Roles, type Viewer } from '../../common/access.decorators.js';
import { toGlobalId } from '../../common/global-id.js';
import { Node, NodeRegistry } from '../../common/node.js';
import type { RequestContext } from '../../common/request-context.js';
import { Participant } from '../../identity/dto/participant.type.js';
import {
  OfficialResponse,
  PublishResponseInput,
  ResponseRevision,
  ReviseResponseInput,
} from '../dto/official-response.types.js';
import { ResponseService } from '../services/response.service.js';

@Resolver(() => OfficialResponse)
export class OfficialResponseResolver {
  constructor(
    private readonly responses: ResponseService,
    private readonly nodes: NodeRegistry,
  ) {}

  @Roles('OFFICIAL')
  @Mutation(() => OfficialResponse, {
    description:
      'An official answers an Article, Amendment, Proposal or Argument, signed with their name and title; publish: false keeps a draft.',
  })
  publishOfficialResponse(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PublishResponseInput,
  ): Promise<OfficialResponse> {
    return this.responses.publish(viewer, input);
  }

  @Roles('OFFICIAL')
  @Mutation(() => OfficialResponse, {
    description: 'Publishes one of the viewer’s drafts (its first public revision).',
  })
  publishOfficialResponseDraft(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OfficialResponse> {
    return this.responses.publishDraft(viewer, id);
  }

  @Roles('OFFICIAL')
  @Mutation(() => OfficialResponse, {
    description:
      'Its author revises a response: a new public revision (earlier ones stay public), or a draft edited in place.',
  })
  reviseOfficialResponse(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReviseResponseInput,
  ): Promise<OfficialResponse> {
    return this.responses.revise(viewer, input);
  }

  @Public()
  @ResolveField(() => Participant, {
    description: 'The signatory (after an account deletion: the name and title as signed).',
  })
  async official(
    @Parent() response: OfficialResponse,
    @Context() context: RequestContext,
  ): Promise<Node> {
    const participant = await this.nodes.load('Participant', response.officialUuid, context);
    return (
      participant ??
      Object.assign(new Participant(), {
        id: toGlobalId('Participant', response.officialUuid),
        uuid: response.officialUuid,
        displayName: response.officialName,
        roles: [],
        officialTitle: response.officialTitle,
        joinedAt: response.createdAt,
      })
    );
  }

  @Public()
  @ResolveField(() => Node, { description: 'What it answers.' })
  async target(
    @Parent() response: OfficialResponse,
    @Context() context: RequestContext,
  ): Promise<Node | null> {
    return this.nodes.load(response.targetKind, response.targetUuid, context);
  }

  @Public()
  @ResolveField(() => [ResponseRevision], {
    description: 'Every published state, oldest first (empty for a draft).',
  })
  revisions(
    @Parent() response: OfficialResponse,
    @Context() context: RequestContext,
  ): Promise<ResponseRevision[]> {
    return context.loaders.load(
      'responseRevisions',
      (ids: readonly string[]) => this.responses.revisionsOf(ids),
      response.uuid,
    );
  }
}

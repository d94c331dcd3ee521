import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access.decorators.js';
import { Node, NodeRegistry } from '../../common/node.js';
import { type ConnectionShape, PageArgs } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { Visibility } from '../../common/visibility.js';
import { Participant } from '../../identity/dto/participant.type.js';
import { OfficialResponse } from '../../responses/dto/official-response.types.js';
import {
  ActivityDay,
  ParticipantContribution,
  ParticipantContributionConnection,
  ParticipantContributionsArgs,
  ReceivedResponse,
  ReceivedResponseConnection,
} from '../dto/participant-history.types.js';
import { ParticipantHistoryService } from '../participant-history.service.js';

/** A participant's public history: their contributions, the responses they received, their days. */
@Public()
@Resolver(() => Participant)
export class ParticipantHistoryResolver {
  constructor(private readonly history: ParticipantHistoryService) {}

  @ResolveField(() => ParticipantContributionConnection, {
    description:
      'Their public contributions (amendments, proposals, arguments, sources), newest first; hidden ones stay in place as tombstones.',
  })
  contributions(
    @Parent() participant: Participant,
    @Args() args: ParticipantContributionsArgs,
  ): Promise<ConnectionShape<ParticipantContribution>> {
    return this.history.contributions(participant.uuid, args);
  }

  @ResolveField(() => ReceivedResponseConnection, {
    description:
      'The official responses published on their contributions, newest first (each with its revisions).',
  })
  responsesReceived(
    @Parent() participant: Participant,
    @Args() args: PageArgs,
  ): Promise<ConnectionShape<ReceivedResponse>> {
    return this.history.responsesReceived(participant.uuid, args);
  }

  @ResolveField(() => [ActivityDay], {
    description:
      'Their participation per day (Europe/Paris), oldest first; days without activity are left out. Votes are counted, never listed.',
  })
  activity(
    @Parent() participant: Participant,
    @Context() context: RequestContext,
  ): Promise<ActivityDay[]> {
    return context.loaders.load(
      'participantActivity',
      (uuids: readonly string[]) => this.history.activities(uuids),
      participant.uuid,
    );
  }
}

@Public()
@Resolver(() => ParticipantContribution)
export class ParticipantContributionResolver {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly visibility: Visibility,
  ) {}

  @ResolveField(() => Node, {
    nullable: true,
    description:
      'The Amendment, Proposal, Argument or Source (a tombstone while hidden by moderation).',
  })
  contribution(
    @Parent() item: ParticipantContribution,
    @Context() context: RequestContext,
  ): Promise<Node | null> {
    return this.nodes.load(item.subjectType, item.subjectUuid, context);
  }

  @ResolveField(() => Boolean, { description: 'Hidden by moderation (a tombstone).' })
  async hidden(
    @Parent() item: ParticipantContribution,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    return (await this.visibility.stateOf(context, item.subjectUuid)).hidden;
  }
}

@Public()
@Resolver(() => ReceivedResponse)
export class ReceivedResponseResolver {
  constructor(private readonly nodes: NodeRegistry) {}

  @ResolveField(() => OfficialResponse, {
    nullable: true,
    description: 'The response as it reads now, with its revisions.',
  })
  response(
    @Parent() item: ReceivedResponse,
    @Context() context: RequestContext,
  ): Promise<Node | null> {
    return this.nodes.load('OfficialResponse', item.responseUuid, context);
  }

  @ResolveField(() => Node, {
    nullable: true,
    description: 'The contribution it answers (a tombstone while hidden by moderation).',
  })
  contribution(
    @Parent() item: ReceivedResponse,
    @Context() context: RequestContext,
  ): Promise<Node | null> {
    return this.nodes.load(item.subjectType, item.subjectUuid, context);
  }
}

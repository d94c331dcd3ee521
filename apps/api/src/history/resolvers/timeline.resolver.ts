import { Inject, type Type } from '@nestjs/common';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access.decorators.js';
import { Node, NodeRegistry } from '../../common/node.js';
import type { ConnectionShape } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { Participant } from '../../identity/dto/participant.type.js';
import { EventConnection, TimelineArgs, TimelineEvent } from '../dto/timeline.types.js';
import { TimelineService } from '../timeline.service.js';

@Public()
@Resolver(() => TimelineEvent)
export class TimelineEventResolver {
  constructor(private readonly nodes: NodeRegistry) {}

  @ResolveField(() => Node, { nullable: true, description: 'What it happened to.' })
  subject(
    @Parent() event: TimelineEvent,
    @Context() context: RequestContext,
  ): Promise<Node | null> {
    return this.nodes.load(event.subjectKind, event.subjectUuid, context);
  }

  @ResolveField(() => Participant, {
    nullable: true,
    description: 'Who did it, for public contributions only.',
  })
  actor(@Parent() event: TimelineEvent, @Context() context: RequestContext): Promise<Node | null> {
    return event.actorUuid
      ? this.nodes.load('Participant', event.actorUuid, context)
      : Promise.resolve(null);
  }
}

/** `timeline` on a type (the Article): its owner adds `timelineFieldResolver(Type)` to its providers. */
export function timelineFieldResolver<T extends { uuid: string }>(
  classRef: Type<T>,
): Type<unknown> {
  @Public()
  @Resolver(() => classRef)
  class TimelineFieldResolver {
    constructor(@Inject(TimelineService) private readonly timelines: TimelineService) {}

    @ResolveField(() => EventConnection, {
      description: 'Everything that happened to it, newest first.',
    })
    timeline(
      @Parent() parent: T,
      @Args() args: TimelineArgs,
    ): Promise<ConnectionShape<TimelineEvent>> {
      return this.timelines.ofArticle(parent.uuid, args);
    }
  }
  Object.defineProperty(TimelineFieldResolver, 'name', {
    value: `${classRef.name}TimelineFieldResolver`,
  });
  return TimelineFieldResolver;
}

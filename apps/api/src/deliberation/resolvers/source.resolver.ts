import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Authenticated,
  CurrentViewer,
  Public,
  type Viewer,
} from '../../common/access.decorators.js';
import { Node, NodeRegistry } from '../../common/node.js';
import type { RequestContext } from '../../common/request-context.js';
import { Participant } from '../../identity/dto/participant.type.js';
import { AddSourceInput, Source } from '../dto/source.types.js';
import { SourceService } from '../services/source.service.js';

@Resolver(() => Source)
export class SourceResolver {
  constructor(
    private readonly sources: SourceService,
    private readonly nodes: NodeRegistry,
  ) {}

  @Authenticated()
  @Mutation(() => Source, {
    description: 'Adds a source (http/https address, title) to an Article, Amendment or Proposal.',
  })
  addSource(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddSourceInput,
  ): Promise<Source> {
    return this.sources.add(viewer, input);
  }

  @Public()
  @ResolveField(() => Node)
  target(@Parent() source: Source, @Context() context: RequestContext): Promise<Node | null> {
    return this.nodes.load(source.targetKind, source.targetUuid, context);
  }

  @Public()
  @ResolveField(() => Participant, {
    nullable: true,
    description: 'Null only for a deleted account.',
  })
  author(@Parent() source: Source, @Context() context: RequestContext): Promise<Node | null> {
    return source.authorUuid
      ? this.nodes.load('Participant', source.authorUuid, context)
      : Promise.resolve(null);
  }
}

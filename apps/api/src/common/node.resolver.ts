import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { parseGlobalId } from './global-id.js';
import { Node, NodeRegistry } from './node.js';
import { Public } from './public.decorator.js';
import type { RequestContext } from './request-context.js';

@Public()
@Resolver(() => Node)
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null if none.' })
  node(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: RequestContext,
  ): Promise<Node | null> {
    const decoded = parseGlobalId(id);
    return decoded ? this.registry.load(decoded.type, decoded.id, context) : Promise.resolve(null);
  }
}

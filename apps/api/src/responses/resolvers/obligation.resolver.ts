import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access.decorators.js';
import { Node, NodeRegistry } from '../../common/node.js';
import type { RequestContext } from '../../common/request-context.js';
import { Obligation } from '../dto/obligation.types.js';

@Public()
@Resolver(() => Obligation)
export class ObligationResolver {
  constructor(private readonly nodes: NodeRegistry) {}

  @ResolveField(() => Node, { description: 'The contribution to answer.' })
  target(
    @Parent() obligation: Obligation,
    @Context() context: RequestContext,
  ): Promise<Node | null> {
    return this.nodes.load(obligation.targetKind, obligation.uuid, context);
  }
}

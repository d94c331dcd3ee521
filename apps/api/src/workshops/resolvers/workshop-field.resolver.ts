import { Inject, type Type } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access.decorators.js';
import type { RequestContext } from '../../common/request-context.js';
import { Workshop } from '../dto/workshop.type.js';
import { WorkshopService } from '../services/workshop.service.js';
import { loadWorkshop } from './workshop.resolver.js';

/**
 * `workshop` on a contribution type (Amendment, Proposal, Argument): set when a facilitator
 * entered it for a workshop. A context that owns such a type adds `workshopFieldResolver(Type)`
 * to its providers (importing WorkshopsModule); the parent carries `workshopUuid`. Loaded with
 * the request's DataLoader, so a list costs one query whatever its length.
 */
export function workshopFieldResolver<T extends { workshopUuid: string | null }>(
  classRef: Type<T>,
): Type<unknown> {
  @Public()
  @Resolver(() => classRef)
  class WorkshopFieldResolver {
    constructor(@Inject(WorkshopService) private readonly workshops: WorkshopService) {}

    @ResolveField(() => Workshop, {
      nullable: true,
      description:
        'The workshop it comes from: set when a facilitator entered it on behalf of a workshop (its author is then that facilitator); null for a contribution written online.',
    })
    workshop(@Parent() parent: T, @Context() context: RequestContext): Promise<Workshop | null> {
      return parent.workshopUuid
        ? loadWorkshop(context, this.workshops, parent.workshopUuid)
        : Promise.resolve(null);
    }
  }
  Object.defineProperty(WorkshopFieldResolver, 'name', {
    value: `${classRef.name}WorkshopFieldResolver`,
  });
  return WorkshopFieldResolver;
}

import { Inject, type Type } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access.decorators.js';
import type { RequestContext } from '../../common/request-context.js';
import { OfficialResponse } from '../dto/official-response.types.js';
import { ResponseService } from '../services/response.service.js';

/** The responses on a target, batched per request (published ones, and the viewer's draft). */
export function responsesOf(
  context: RequestContext,
  responses: ResponseService,
  targetUuid: string,
): Promise<OfficialResponse[]> {
  const viewerId = (context.req as { viewer?: { id: string } }).viewer?.id;
  return context.loaders.load(
    'officialResponses',
    (ids: readonly string[]) => responses.responsesOf(ids, viewerId),
    targetUuid,
  );
}

/**
 * `officialResponses` on an answerable type (Article, Amendment, Proposal, Argument). A context
 * that owns such a type plugs it in by adding `responseFieldsResolver(Type)` to its providers
 * (and importing ResponsesModule) — the responses context never imports it.
 */
export function responseFieldsResolver<T extends { uuid: string }>(
  classRef: Type<T>,
): Type<unknown> {
  @Public()
  @Resolver(() => classRef)
  class ResponseFieldsResolver {
    constructor(@Inject(ResponseService) private readonly responses: ResponseService) {}

    @ResolveField(() => [OfficialResponse], {
      description:
        'Official responses, oldest first; the viewer also sees their own draft (publishedAt null).',
    })
    officialResponses(
      @Parent() parent: T,
      @Context() context: RequestContext,
    ): Promise<OfficialResponse[]> {
      return responsesOf(context, this.responses, parent.uuid);
    }
  }
  Object.defineProperty(ResponseFieldsResolver, 'name', {
    value: `${classRef.name}ResponseFieldsResolver`,
  });
  return ResponseFieldsResolver;
}

import { Inject, type Type } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, Roles, type Viewer } from '../../common/access.decorators.js';
import { NodeRegistry } from '../../common/node.js';
import type { ConnectionShape } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import {
  type Obligation,
  ObligationConnection,
  ObligationListArgs,
  ObligationSummary,
  ResponsePolicy,
  ResponsePolicyInput,
} from '../dto/obligation.types.js';
import { ObligationService } from '../services/obligation.service.js';

/**
 * The response policy on the consultation type: `responsePolicy`, `obligations`,
 * `obligationSummary`, and `setResponsePolicy` (which returns the consultation). The
 * consultations context adds `consultationResponsesResolver(Consultation)` to its providers
 * once; the responses context never imports it (the consultation is loaded by its node loader).
 */
export function consultationResponsesResolver<T extends { uuid: string; closesAt: Date | null }>(
  classRef: Type<T>,
): Type<unknown> {
  @Resolver(() => classRef)
  class ConsultationResponsesResolver {
    constructor(
      @Inject(ObligationService) private readonly service: ObligationService,
      @Inject(NodeRegistry) private readonly nodes: NodeRegistry,
    ) {}

    @Roles('ADMIN')
    @Mutation(() => classRef, {
      description:
        'Sets which contributions the officials must answer, and by when (null turns a rule off). Refused once the obligations are frozen at the close.',
    })
    async setResponsePolicy(
      @CurrentViewer() viewer: Viewer,
      @Args('input') input: ResponsePolicyInput,
      @Context() context: RequestContext,
    ): Promise<T> {
      const uuid = await this.service.setPolicy(viewer, input);
      return (await this.nodes.load('Consultation', uuid, context)) as unknown as T;
    }

    @Public()
    @ResolveField(() => ResponsePolicy, {
      nullable: true,
      description: 'Null while the consultation has none (then nothing is owed).',
    })
    responsePolicy(
      @Parent() consultation: T,
      @Context() context: RequestContext,
    ): Promise<ResponsePolicy | null> {
      return this.service.policyOf(context, consultation.uuid, consultation.closesAt);
    }

    @Public()
    @ResolveField(() => ObligationConnection, {
      description:
        'What the officials must answer under the response policy, oldest contributions first: live until the close, frozen after it.',
    })
    obligations(
      @Parent() consultation: T,
      @Args() args: ObligationListArgs,
      @Context() context: RequestContext,
    ): Promise<ConnectionShape<Obligation>> {
      return this.service.list(context, consultation.uuid, args);
    }

    @Public()
    @ResolveField(() => ObligationSummary)
    obligationSummary(
      @Parent() consultation: T,
      @Context() context: RequestContext,
    ): Promise<ObligationSummary> {
      return this.service.summary(context, consultation.uuid);
    }
  }
  Object.defineProperty(ConsultationResponsesResolver, 'name', {
    value: `${classRef.name}ResponsesResolver`,
  });
  return ConsultationResponsesResolver;
}

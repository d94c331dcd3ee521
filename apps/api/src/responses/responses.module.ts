import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../common/node.js';
import { IdentityModule } from '../identity/identity.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ObligationResolver } from './resolvers/obligation.resolver.js';
import { OfficialResponseResolver } from './resolvers/official-response.resolver.js';
import { ObligationService } from './services/obligation.service.js';
import { ResponseService } from './services/response.service.js';

/**
 * Official responses and the obligations to answer. The contexts that own answerable types add
 * `responseFieldsResolver(Type)` to their providers, and the consultations context
 * `consultationResponsesResolver(Consultation)`, importing this module — which imports none of
 * them: targets come from the target registry, nodes from the node registry.
 */
@Module({
  imports: [IdentityModule, NotificationsModule],
  providers: [ResponseService, ObligationService, OfficialResponseResolver, ObligationResolver],
  exports: [ResponseService, ObligationService],
})
export class ResponsesModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly responses: ResponseService,
    private readonly obligations: ObligationService,
  ) {}

  onModuleInit(): void {
    // A draft is a node for its author only.
    this.nodes.register('OfficialResponse', (uuid, context) => {
      const viewerId = (context.req as { viewer?: { id: string } }).viewer?.id;
      return context.loaders.load(
        'officialResponseById',
        (ids: readonly string[]) => this.responses.byIds(ids, viewerId),
        uuid,
      );
    });
    this.nodes.register('Obligation', (uuid, context) =>
      this.obligations.obligationOn(context, uuid),
    );
  }
}

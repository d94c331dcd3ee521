import { Module, type OnModuleInit } from '@nestjs/common';
import { batchedNodeLoader, NodeRegistry } from '../common/node.js';
import { ConsultationWorkshopsResolver, WorkshopResolver } from './resolvers/workshop.resolver.js';
import { WorkshopService } from './services/workshop.service.js';

/**
 * Workshops: the physical workshops of a consultation, recorded by facilitators, and the
 * provenance of the contributions entered on their behalf. It imports no other context (the
 * consultation and the facilitator are read through their node loaders), so the contexts that
 * own contributions (amendments, deliberation) import it to check `workshopId` and to add the
 * `workshop` field (`workshopFieldResolver(Type)`).
 */
@Module({
  providers: [WorkshopService, WorkshopResolver, ConsultationWorkshopsResolver],
  exports: [WorkshopService],
})
export class WorkshopsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly workshops: WorkshopService,
  ) {}

  onModuleInit(): void {
    this.nodes.register(
      'Workshop',
      batchedNodeLoader('workshopById', (ids) => this.workshops.byIds(ids)),
    );
  }
}

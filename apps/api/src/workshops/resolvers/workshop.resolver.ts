import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer, Public, Roles, type Viewer } from '../../common/access.decorators.js';
import { fromGlobalId, parseGlobalId } from '../../common/global-id.js';
import { type Node, NodeRegistry } from '../../common/node.js';
import { type ConnectionShape, PageArgs } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { Consultation } from '../../consultations/dto/consultation.type.js';
import { Participant } from '../../identity/dto/participant.type.js';
import { RecordWorkshopInput } from '../dto/workshop.inputs.js';
import { Workshop, WorkshopConnection } from '../dto/workshop.type.js';
import { WorkshopService } from '../services/workshop.service.js';
import { WorkshopException } from '../workshop.exception.js';

/** A workshop through the request's `workshopById` DataLoader (one query per page). */
export function loadWorkshop(
  context: RequestContext,
  service: WorkshopService,
  uuid: string,
): Promise<Workshop | null> {
  return context.loaders.load<string, Workshop | null>(
    'workshopById',
    (ids) => service.byIds(ids),
    uuid,
  );
}

@Resolver(() => Workshop)
export class WorkshopResolver {
  constructor(
    private readonly workshops: WorkshopService,
    private readonly nodes: NodeRegistry,
  ) {}

  @Public()
  @Query(() => Workshop, {
    nullable: true,
    description: 'A workshop by its global id; null when the id names no workshop.',
  })
  workshop(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: RequestContext,
  ): Promise<Workshop | null> {
    const decoded = parseGlobalId(id);
    if (decoded?.type !== 'Workshop') return Promise.resolve(null);
    return loadWorkshop(context, this.workshops, decoded.id);
  }

  @Roles('FACILITATOR')
  @Mutation(() => Workshop, {
    description:
      'Records a workshop held for a consultation (facilitators only), while the consultation is open. Refused with nothing written: a blank or too long title or place, a day that is not a date, in the future or more than a year before the opening, an attendance outside 1..10,000 (BAD_USER_INPUT, `field` says which); an unknown consultation (NOT_FOUND); a consultation not open (FORBIDDEN).',
  })
  async recordWorkshop(
    @Args('input') input: RecordWorkshopInput,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<Workshop> {
    const { id } = fromGlobalId(input.consultationId, 'Consultation');
    const consultation = (await this.nodes.load('Consultation', id, context)) as
      (Node & Pick<Consultation, 'uuid' | 'phase' | 'opensAt'>) | null;
    if (!consultation) throw WorkshopException.consultationNotFound();
    return this.workshops.record(viewer, consultation, {
      title: input.title,
      place: input.place,
      heldOn: input.heldOn,
      participantCount: input.participantCount,
    });
  }

  @Public()
  @ResolveField(() => Consultation)
  async consultation(
    @Parent() workshop: Workshop,
    @Context() context: RequestContext,
  ): Promise<Node | null> {
    return this.nodes.load('Consultation', workshop.consultationUuid, context);
  }

  @Public()
  @ResolveField(() => Participant, {
    nullable: true,
    description:
      'The facilitator who recorded it (public profile); null only for a deleted account.',
  })
  facilitator(
    @Parent() workshop: Workshop,
    @Context() context: RequestContext,
  ): Promise<Node | null> {
    return workshop.facilitatorUuid
      ? this.nodes.load('Participant', workshop.facilitatorUuid, context)
      : Promise.resolve(null);
  }
}

/** `Consultation.workshops`: the consultation type is owned by the consultations context. */
@Public()
@Resolver(() => Consultation)
export class ConsultationWorkshopsResolver {
  constructor(private readonly service: WorkshopService) {}

  @ResolveField(() => WorkshopConnection, {
    description: 'The workshops held for this consultation, the latest first.',
  })
  workshops(
    @Parent() consultation: Consultation,
    @Args() page: PageArgs,
  ): Promise<ConnectionShape<Workshop>> {
    return this.service.list(consultation.uuid, page);
  }
}

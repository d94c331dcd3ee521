import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { Public } from '../../common/public.decorator.js';
import type { RequestContext } from '../../common/request-context.js';
import { Consultation, ConsultationConnection } from '../dto/consultation.type.js';
import { Section } from '../dto/section.type.js';
import { ConsultationService } from '../services/consultation.service.js';

@Public()
@Resolver(() => Consultation)
export class ConsultationResolver {
  constructor(private readonly service: ConsultationService) {}

  @Query(() => ConsultationConnection, { description: 'Every consultation, newest first.' })
  consultations(@Args() page: PageArgs): Promise<ConsultationConnection> {
    return this.service.list(page);
  }

  @Query(() => Consultation, { nullable: true })
  consultation(@Args('slug', { type: () => String }) slug: string): Promise<Consultation | null> {
    return this.service.bySlug(slug.slice(0, 200));
  }

  @ResolveField(() => [Section])
  sections(
    @Parent() consultation: Consultation,
    @Context() context: RequestContext,
  ): Promise<Section[]> {
    return context.loaders.load(
      'sectionsOfConsultation',
      (ids: readonly string[]) => this.service.sectionsOfConsultations(ids),
      consultation.uuid,
    );
  }
}

import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access.decorators.js';
import type { RequestContext } from '../../common/request-context.js';
import { Article } from '../dto/article.type.js';
import { Consultation } from '../dto/consultation.type.js';
import { Section } from '../dto/section.type.js';
import { ConsultationService } from '../services/consultation.service.js';

@Public()
@Resolver(() => Section)
export class SectionResolver {
  constructor(private readonly service: ConsultationService) {}

  @ResolveField(() => [Article])
  articles(@Parent() section: Section, @Context() context: RequestContext): Promise<Article[]> {
    return context.loaders.load(
      'articlesOfSection',
      (ids: readonly string[]) => this.service.articlesOfSections(ids),
      section.uuid,
    );
  }

  @ResolveField(() => Consultation)
  async consultation(
    @Parent() section: Section,
    @Context() context: RequestContext,
  ): Promise<Consultation> {
    const consultation = await context.loaders.load(
      'consultationById',
      (ids: readonly string[]) => this.service.consultationsByIds(ids),
      section.consultationUuid,
    );
    if (!consultation) throw new Error(`Section ${section.uuid} has no consultation`);
    return consultation;
  }
}

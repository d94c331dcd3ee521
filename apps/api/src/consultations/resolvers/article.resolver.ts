import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/public.decorator.js';
import type { RequestContext } from '../../common/request-context.js';
import { Article } from '../dto/article.type.js';
import { Section } from '../dto/section.type.js';
import { ConsultationService } from '../services/consultation.service.js';

@Public()
@Resolver(() => Article)
export class ArticleResolver {
  constructor(private readonly service: ConsultationService) {}

  @ResolveField(() => Section)
  async section(@Parent() article: Article, @Context() context: RequestContext): Promise<Section> {
    const section = await context.loaders.load(
      'sectionById',
      (ids: readonly string[]) => this.service.sectionsByIds(ids),
      article.sectionUuid,
    );
    if (!section) throw new Error(`Article ${article.uuid} has no section`);
    return section;
  }
}

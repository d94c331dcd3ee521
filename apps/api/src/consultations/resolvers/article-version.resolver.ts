import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access.decorators.js';
import type { RequestContext } from '../../common/request-context.js';
import { ArticleVersion, Line } from '../dto/article-version.type.js';
import { Article } from '../dto/article.type.js';
import { toLines } from '../dto/mappers.js';
import { ConsultationService } from '../services/consultation.service.js';

@Public()
@Resolver(() => ArticleVersion)
export class ArticleVersionResolver {
  constructor(private readonly service: ConsultationService) {}

  @ResolveField(() => [Line], { description: 'The text split on "\\n", numbered from 1.' })
  lines(@Parent() version: ArticleVersion): Line[] {
    return toLines(version.text);
  }

  @ResolveField(() => Article)
  async article(
    @Parent() version: ArticleVersion,
    @Context() context: RequestContext,
  ): Promise<Article> {
    const article = await context.loaders.load(
      'articleById',
      (ids: readonly string[]) => this.service.articlesByIds(ids),
      version.articleUuid,
    );
    if (!article) throw new Error(`Version ${version.uuid} has no article`);
    return article;
  }
}

import { diffTexts } from '@amendo/text';
import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access.decorators.js';
import { parseGlobalId } from '../../common/global-id.js';
import type { RequestContext } from '../../common/request-context.js';
import { ConsultationException } from '../consultation.exception.js';
import { ArticleVersion } from '../dto/article-version.type.js';
import { Article } from '../dto/article.type.js';
import { Consultation } from '../dto/consultation.type.js';
import { DiffHunk } from '../dto/diff-hunk.type.js';
import { toDiffHunks } from '../dto/mappers.js';
import { Section } from '../dto/section.type.js';
import { ConsultationService, versionKey } from '../services/consultation.service.js';

@Public()
@Resolver(() => Article)
export class ArticleResolver {
  constructor(private readonly service: ConsultationService) {}

  @Query(() => Article, {
    nullable: true,
    description: 'An article by its global id; null when the id names no article.',
  })
  article(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: RequestContext,
  ): Promise<Article | null> {
    const decoded = parseGlobalId(id);
    if (decoded?.type !== 'Article') return Promise.resolve(null);
    return this.articleById(context, decoded.id);
  }

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

  @ResolveField(() => Consultation)
  async consultation(
    @Parent() article: Article,
    @Context() context: RequestContext,
  ): Promise<Consultation> {
    const consultation = await context.loaders.load(
      'consultationById',
      (ids: readonly string[]) => this.service.consultationsByIds(ids),
      article.consultationUuid,
    );
    if (!consultation) throw new Error(`Article ${article.uuid} has no consultation`);
    return consultation;
  }

  @ResolveField(() => ArticleVersion, { description: 'The latest published version.' })
  async currentVersion(
    @Parent() article: Article,
    @Context() context: RequestContext,
  ): Promise<ArticleVersion> {
    const version = await this.currentVersionOf(context, article);
    if (!version) throw new Error(`Article ${article.uuid} has no version`);
    return version;
  }

  @ResolveField(() => [ArticleVersion], { description: 'Every version, oldest (1) first.' })
  versions(
    @Parent() article: Article,
    @Context() context: RequestContext,
  ): Promise<ArticleVersion[]> {
    return context.loaders.load(
      'versionsOfArticle',
      (ids: readonly string[]) => this.service.versionsOfArticles(ids),
      article.uuid,
    );
  }

  @ResolveField(() => ArticleVersion, {
    nullable: true,
    description: 'The version with this number; null when the article has none.',
  })
  version(
    @Parent() article: Article,
    @Args('number', { type: () => Int }) number: number,
    @Context() context: RequestContext,
  ): Promise<ArticleVersion | null> {
    return this.versionByNumber(context, article, number);
  }

  @ResolveField(() => [DiffHunk], {
    description:
      'What changed from one version to another: line hunks with their word-level diff (NOT_FOUND for a version the article does not have).',
  })
  async diff(
    @Parent() article: Article,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
    @Context() context: RequestContext,
  ): Promise<DiffHunk[]> {
    const [from, to] = await Promise.all([
      this.versionByNumber(context, article, fromVersion),
      this.versionByNumber(context, article, toVersion),
    ]);
    if (!from || !to) {
      const latest = (await this.currentVersionOf(context, article))?.number ?? 0;
      throw ConsultationException.versionNotFound(
        article.number,
        from ? toVersion : fromVersion,
        latest,
      );
    }
    return toDiffHunks(diffTexts(from.text, to.text));
  }

  private articleById(context: RequestContext, uuid: string): Promise<Article | null> {
    return context.loaders.load(
      'articleById',
      (ids: readonly string[]) => this.service.articlesByIds(ids),
      uuid,
    );
  }

  private currentVersionOf(
    context: RequestContext,
    article: Article,
  ): Promise<ArticleVersion | null> {
    return context.loaders.load(
      'currentVersionOfArticle',
      (ids: readonly string[]) => this.service.currentVersionsOfArticles(ids),
      article.uuid,
    );
  }

  private versionByNumber(
    context: RequestContext,
    article: Article,
    number: number,
  ): Promise<ArticleVersion | null> {
    return context.loaders.load(
      'versionByNumber',
      (keys: readonly string[]) => this.service.versionsByNumbers(keys),
      versionKey(article.uuid, number),
    );
  }
}

import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access.decorators.js';
import { Node, NodeRegistry } from '../../common/node.js';
import type { ConnectionShape } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { Article } from '../../consultations/dto/article.type.js';
import {
  SearchArgs,
  type SearchKind,
  SearchResult,
  SearchResultConnection,
} from '../dto/search.types.js';
import { type SearchHit, SearchService } from '../services/search.service.js';

/** The node type behind each kind of result. */
const NODE_TYPE: Record<SearchKind, string> = {
  ARTICLE: 'ArticleVersion',
  AMENDMENT: 'Amendment',
  PROPOSAL: 'Proposal',
  ARGUMENT: 'Argument',
};

/** Public read: anyone may search; hidden contributions are never found. */
@Public()
@Resolver(() => SearchResult)
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    private readonly nodes: NodeRegistry,
  ) {}

  @Query(() => SearchResultConnection, {
    name: 'search',
    description:
      'Full-text search of a consultation — article texts (current and past versions), amendments, proposals and arguments — best first, with highlighted excerpts.',
  })
  searchConsultation(@Args() args: SearchArgs): Promise<ConnectionShape<SearchHit>> {
    return this.search.search(args);
  }

  @ResolveField(() => Node)
  async node(@Parent() hit: SearchHit, @Context() context: RequestContext): Promise<Node> {
    const node = await this.nodes.load(NODE_TYPE[hit.kind], hit.uuid, context);
    if (!node) throw new Error(`Search result without its ${hit.kind} ${hit.uuid}`);
    return node;
  }

  @ResolveField(() => Article, { nullable: true })
  async article(
    @Parent() hit: SearchHit,
    @Context() context: RequestContext,
  ): Promise<Article | null> {
    if (!hit.articleUuid) return null;
    return (await this.nodes.load('Article', hit.articleUuid, context)) as Article | null;
  }
}

import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access.decorators.js';
import type { ConnectionShape } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { ArticleVersion } from '../../consultations/dto/article-version.type.js';
import { Article } from '../../consultations/dto/article.type.js';
import { Section } from '../../consultations/dto/section.type.js';
import { AmendmentListArgs } from '../dto/amendment.inputs.js';
import { Amendment, AmendmentConnection } from '../dto/amendment.type.js';
import { ProposalListArgs } from '../dto/proposal.inputs.js';
import { Proposal, ProposalConnection } from '../dto/proposal.type.js';
import { AmendmentReader } from '../services/amendment-reader.service.js';
import { ProposalReader } from '../services/proposal-reader.service.js';

/** The amendments of an article, and the proposal it was adopted from. */
@Public()
@Resolver(() => Article)
export class ArticleContributionsResolver {
  constructor(
    private readonly amendmentReader: AmendmentReader,
    private readonly proposalReader: ProposalReader,
  ) {}

  @ResolveField(() => AmendmentConnection, {
    description:
      'Its amendments (every status unless `status` is given), in one of the public orders (RANDOM with `seed` by default). fromLine/toLine: only those on the current version touching those lines.',
  })
  amendments(
    @Parent() article: Article,
    @Args() args: AmendmentListArgs,
    @Context() context: RequestContext,
  ): Promise<ConnectionShape<Amendment>> {
    return this.amendmentReader.list(article.uuid, args, context.loaders);
  }

  @ResolveField(() => [Int], {
    description:
      'For each line of the current version (index 0 = line 1), how many OPEN amendments touch it; an insertion touches the line on each side of it.',
  })
  lineActivity(@Parent() article: Article, @Context() context: RequestContext): Promise<number[]> {
    return context.loaders.load(
      'lineActivityOfArticle',
      (ids: readonly string[]) => this.amendmentReader.lineActivity(ids),
      article.uuid,
    );
  }

  @ResolveField(() => Proposal, {
    nullable: true,
    description: 'The proposal (proposition) this article was adopted from, if any.',
  })
  adoptedFrom(
    @Parent() article: Article,
    @Context() context: RequestContext,
  ): Promise<Proposal | null> {
    return context.loaders.load(
      'proposalAdoptedAs',
      (ids: readonly string[]) => this.proposalReader.adoptedAs(ids),
      article.uuid,
    );
  }
}

@Public()
@Resolver(() => ArticleVersion)
export class ArticleVersionContributionsResolver {
  constructor(private readonly amendmentReader: AmendmentReader) {}

  @ResolveField(() => [Amendment], { description: 'The amendments this version incorporated.' })
  incorporatedAmendments(
    @Parent() version: ArticleVersion,
    @Context() context: RequestContext,
  ): Promise<Amendment[]> {
    return context.loaders.load(
      'amendmentsIncorporatedIn',
      (ids: readonly string[]) => this.amendmentReader.incorporatedIn(ids),
      version.uuid,
    );
  }
}

@Public()
@Resolver(() => Section)
export class SectionContributionsResolver {
  constructor(private readonly proposalReader: ProposalReader) {}

  @ResolveField(() => ProposalConnection, {
    description:
      'New articles proposed in this section (every status unless `status` is given), in one of the public orders.',
  })
  proposals(
    @Parent() section: Section,
    @Args() args: ProposalListArgs,
    @Context() context: RequestContext,
  ): Promise<ConnectionShape<Proposal>> {
    return this.proposalReader.list(section.uuid, args, context.loaders);
  }
}

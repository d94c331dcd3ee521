import { Inject, type Type } from '@nestjs/common';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access.decorators.js';
import type { ConnectionShape } from '../../common/pagination.js';
import { PageArgs } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { Visibility } from '../../common/visibility.js';
import { type Argument, ArgumentConnection, ArgumentListArgs } from '../dto/argument.types.js';
import { type Source, SourceConnection } from '../dto/source.types.js';
import { VoteTally, VoteValue } from '../dto/vote.types.js';
import { ArgumentService } from '../services/argument.service.js';
import { tallyOf, viewerVoteOf } from '../services/deliberation-loaders.js';
import { SourceService } from '../services/source.service.js';
import { VoteService } from '../services/vote.service.js';

/**
 * The deliberation fields of a votable, arguable contribution type: `votes`, `viewerVote`,
 * `arguments`, `sources`. A context that owns such a type plugs it in by adding
 * `deliberationFieldsResolver(Type)` to its providers — deliberation never imports it.
 * `moderated: false` for a kind that moderation never hides (its tallies skip that state).
 */
export function deliberationFieldsResolver<T extends { uuid: string }>(
  classRef: Type<T>,
  options: { moderated?: boolean } = {},
): Type<unknown> {
  const moderated = options.moderated ?? true;
  @Public()
  @Resolver(() => classRef)
  class DeliberationFieldsResolver {
    constructor(
      @Inject(VoteService) private readonly voteService: VoteService,
      @Inject(ArgumentService) private readonly argumentService: ArgumentService,
      @Inject(SourceService) private readonly sourceService: SourceService,
      @Inject(Visibility) private readonly visibility: Visibility,
    ) {}

    @ResolveField(() => VoteTally, { description: 'Votes d’accord / mitigé / pas d’accord.' })
    votes(@Parent() parent: T, @Context() context: RequestContext): Promise<VoteTally> {
      return tallyOf(context, this.voteService, this.visibility, parent.uuid, moderated);
    }

    @ResolveField(() => VoteValue, {
      nullable: true,
      description: 'The viewer’s vote; null when anonymous or not voted.',
    })
    viewerVote(@Parent() parent: T, @Context() context: RequestContext): Promise<VoteValue | null> {
      return viewerVoteOf(context, this.voteService, parent.uuid);
    }

    @ResolveField(() => ArgumentConnection)
    arguments(
      @Parent() parent: T,
      @Args() args: ArgumentListArgs,
    ): Promise<ConnectionShape<Argument>> {
      return this.argumentService.list(parent.uuid, args);
    }

    @ResolveField(() => SourceConnection)
    sources(@Parent() parent: T, @Args() page: PageArgs): Promise<ConnectionShape<Source>> {
      return this.sourceService.list(parent.uuid, page);
    }
  }
  Object.defineProperty(DeliberationFieldsResolver, 'name', {
    value: `${classRef.name}DeliberationFieldsResolver`,
  });
  return DeliberationFieldsResolver;
}

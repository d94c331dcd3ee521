import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, type Viewer } from '../../common/access.decorators.js';
import { CastVoteInput, VoteTally } from '../dto/vote.types.js';
import { VoteService } from '../services/vote.service.js';

@Resolver()
export class VoteResolver {
  constructor(private readonly votes: VoteService) {}

  @Authenticated()
  @Mutation(() => VoteTally, {
    description: 'Votes on an Article, Amendment or Proposal, or changes the vote.',
  })
  castVote(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CastVoteInput,
  ): Promise<VoteTally> {
    return this.votes.cast(viewer, input.targetId, input.value);
  }

  @Authenticated()
  @Mutation(() => VoteTally, {
    description: 'Withdraws the viewer’s vote (nothing happens if there was none).',
  })
  retractVote(
    @CurrentViewer() viewer: Viewer,
    @Args('targetId', { type: () => ID }) targetId: string,
  ): Promise<VoteTally> {
    return this.votes.retract(viewer, targetId.slice(0, 200));
  }
}

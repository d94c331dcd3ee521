import type { RequestContext } from '../../common/request-context.js';
import type { Visibility } from '../../common/visibility.js';
import { VOTE_COUNTS_LOADER, type VoteCounts } from '../../common/vote-counts.js';
import { EMPTY_TALLY, toTally, type VoteTally, type VoteValue } from '../dto/vote.types.js';
import type { VoteService } from './vote.service.js';

/**
 * Per-request batched reads of tallies and of the viewer's votes (constant queries per page).
 * A tally is the target's counters unless moderation hid it (a hidden contribution counts no
 * votes while hidden; its vote rows stay): both come from loaders shared with the rest of the
 * request — the moderation state with the tombstones, the counters with lists that joined them.
 * `moderated: false` is for kinds that moderation never hides (articles).
 */
export async function tallyOf(
  context: RequestContext,
  votes: VoteService,
  visibility: Visibility,
  targetUuid: string,
  moderated = true,
): Promise<VoteTally> {
  const [counts, state] = await Promise.all([
    context.loaders.load<string, VoteCounts>(
      VOTE_COUNTS_LOADER,
      (ids) => votes.counts(ids),
      targetUuid,
    ),
    moderated ? visibility.stateOf(context, targetUuid) : undefined,
  ]);
  return state?.hidden ? EMPTY_TALLY : toTally(counts);
}

export function viewerVoteOf(
  context: RequestContext,
  votes: VoteService,
  targetUuid: string,
): Promise<VoteValue | null> {
  const viewer = (context.req as { viewer?: { id: string } }).viewer;
  if (!viewer) return Promise.resolve(null);
  return context.loaders.load(
    'viewerVote',
    (ids: readonly string[]) => votes.votesOf(viewer.id, ids),
    targetUuid,
  );
}

import type { RequestContext } from '../../common/request-context.js';
import type { VoteTally, VoteValue } from '../dto/vote.types.js';
import type { VoteService } from './vote.service.js';

/** Per-request batched reads of tallies and of the viewer's votes (constant queries per page). */
export function tallyOf(
  context: RequestContext,
  votes: VoteService,
  targetUuid: string,
): Promise<VoteTally> {
  return context.loaders.load(
    'voteTally',
    (ids: readonly string[]) => votes.tallies(ids),
    targetUuid,
  );
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

import type { RequestLoaders } from './loaders.js';

/**
 * The vote counters of a target as the deliberation context stores them (`vote_tally`), before
 * the moderation rule (a hidden contribution counts no votes) is applied. Lists that join them to
 * order by votes prime the request's loader with them, so that the tallies of a page cost no
 * statement of their own; the deliberation context reads the same loader.
 */
export interface VoteCounts {
  readonly agree: number;
  readonly mixed: number;
  readonly disagree: number;
}

export const VOTE_COUNTS_LOADER = 'voteCounts';

/** Columns a list selects (with `LEFT JOIN vote_tally <alias>`) to prime the counts. */
export function voteCountColumns(alias: string): string {
  return [
    `coalesce(${alias}.agree, 0)::int AS vote_agree`,
    `coalesce(${alias}.mixed, 0)::int AS vote_mixed`,
    `coalesce(${alias}.disagree, 0)::int AS vote_disagree`,
  ].join(', ');
}

/** Primes the counts of rows read with `voteCountColumns` (`id` is the target's uuid). */
export function primeVoteCounts(
  loaders: RequestLoaders,
  rows: readonly {
    id: string;
    vote_agree?: unknown;
    vote_mixed?: unknown;
    vote_disagree?: unknown;
  }[],
): void {
  for (const row of rows) {
    if (row.vote_agree === undefined) continue;
    loaders.prime<string, VoteCounts>(VOTE_COUNTS_LOADER, row.id, {
      agree: Number(row.vote_agree),
      mixed: Number(row.vote_mixed),
      disagree: Number(row.vote_disagree),
    });
  }
}

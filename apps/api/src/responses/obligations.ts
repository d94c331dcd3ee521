/**
 * Obligations to answer, as pure functions of their facts and of the time: states, due dates,
 * the public summary, the order of the tracker. The SQL that finds the obliged contributions is
 * in ObligationService.
 */

export const OBLIGATION_STATES = ['ANSWERED', 'PENDING', 'OVERDUE'] as const;
export type ObligationStateName = (typeof OBLIGATION_STATES)[number];

export const OBLIGATION_REASONS = ['MIN_VOTES', 'TOP_PER_ARTICLE'] as const;
export type ObligationReasonName = (typeof OBLIGATION_REASONS)[number];

/** The sane maxima of a policy (the database checks them too). */
export const POLICY_LIMITS = {
  minVotes: 1_000_000,
  topPerArticle: 100,
  deadlineDays: 365,
} as const;

export interface PolicyRules {
  readonly minVotes: number | null;
  readonly topPerArticle: number | null;
  readonly deadlineDays: number | null;
}

/** A contribution the policy obliges an answer to, with what decides its state. */
export interface ObligationFacts {
  readonly targetId: string;
  readonly targetKind: 'Amendment' | 'Proposal' | 'Argument';
  readonly articleId: string | null;
  readonly targetCreatedAt: Date;
  /** Votes (convincing marks for an argument) and AGREE votes, at the close once frozen. */
  readonly votes: number;
  readonly agree: number;
  readonly byVotes: boolean;
  readonly byRank: boolean;
  readonly dueAt: Date | null;
  /** First publication of an official response on it, if any. */
  readonly answeredAt: Date | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** closesAt + deadlineDays, or null when either is missing (then nothing is ever overdue). */
export function dueDate(closesAt: Date | null, deadlineDays: number | null): Date | null {
  return closesAt && deadlineDays !== null
    ? new Date(closesAt.getTime() + deadlineDays * DAY_MS)
    : null;
}

export function obligationState(facts: ObligationFacts, now: Date): ObligationStateName {
  if (facts.answeredAt) return 'ANSWERED';
  return facts.dueAt && now > facts.dueAt ? 'OVERDUE' : 'PENDING';
}

export function reasonsOf(facts: ObligationFacts): ObligationReasonName[] {
  return [
    ...(facts.byVotes ? (['MIN_VOTES'] as const) : []),
    ...(facts.byRank ? (['TOP_PER_ARTICLE'] as const) : []),
  ];
}

export interface Summary {
  answeredOnTime: number;
  answeredLate: number;
  pending: number;
  overdue: number;
  total: number;
}

/** Answered on time: published by dueAt (or without a deadline); late: after it. */
export function summarise(obligations: readonly ObligationFacts[], now: Date): Summary {
  const summary: Summary = { answeredOnTime: 0, answeredLate: 0, pending: 0, overdue: 0, total: 0 };
  for (const facts of obligations) {
    summary.total += 1;
    const state = obligationState(facts, now);
    if (state === 'ANSWERED') {
      if (facts.dueAt && (facts.answeredAt as Date) > facts.dueAt) summary.answeredLate += 1;
      else summary.answeredOnTime += 1;
    } else if (state === 'OVERDUE') summary.overdue += 1;
    else summary.pending += 1;
  }
  return summary;
}

/** The tracker's order, stable under votes: the oldest contributions first. */
export const obligationKey = (facts: ObligationFacts): [string, string] => [
  facts.targetCreatedAt.toISOString(),
  facts.targetId,
];

export function compareObligations(a: ObligationFacts, b: ObligationFacts): number {
  const [ta, ia] = obligationKey(a);
  const [tb, ib] = obligationKey(b);
  return ta < tb ? -1 : ta > tb ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0;
}

/** True when the consultation's obligations must be (or are) frozen: its close has passed. */
export function isClosed(closesAt: Date | null, now: Date): boolean {
  return closesAt !== null && now >= closesAt;
}

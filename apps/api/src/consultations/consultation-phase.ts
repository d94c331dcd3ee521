/** DRAFT → OPEN → CLOSED → ANSWERED, derived from the dates when read (no scheduled job). */
export type Phase = 'DRAFT' | 'OPEN' | 'CLOSED' | 'ANSWERED';

export interface PhaseDates {
  readonly opensAt: Date | null;
  readonly closesAt: Date | null;
  readonly answeredAt: Date | null;
}

export function phaseAt(dates: PhaseDates, now: Date = new Date()): Phase {
  if (dates.answeredAt && dates.answeredAt <= now) return 'ANSWERED';
  if (!dates.opensAt || now < dates.opensAt) return 'DRAFT';
  if (dates.closesAt && now >= dates.closesAt) return 'CLOSED';
  return 'OPEN';
}

/**
 * « Évolution dans le temps »: for the obligations owed today, how many were answered, overdue
 * or pending at the end of each day (Paris time), from the close (or the first answer, if
 * earlier) to today, over at most the last 90 days. Pure: no React, no Apollo.
 */

export interface TimelineObligation {
  dueAt: string | null;
  answeredAt: string | null;
}

export interface TimelineDay {
  /** The calendar day, "YYYY-MM-DD" in Europe/Paris. */
  date: string;
  answered: number;
  overdue: number;
  pending: number;
}

export const maxTimelineDays = 90;

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Paris calendar day of an instant, "YYYY-MM-DD". */
export function dayOf(instant: string | Date): string {
  return parisDay.format(typeof instant === 'string' ? new Date(instant) : instant);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * One entry per day. Past days are counted at their end; today is counted now, so its numbers
 * match the current summary.
 */
export function obligationTimeline(
  obligations: readonly TimelineObligation[],
  closesAt: string | null,
  now: Date,
): TimelineDay[] {
  const today = dayOf(now);
  const candidates = [
    ...(closesAt ? [dayOf(closesAt)] : []),
    ...obligations.flatMap((o) => (o.answeredAt ? [dayOf(o.answeredAt)] : [])),
  ];
  const earliest = addDays(today, -(maxTimelineDays - 1));
  let start = candidates.length > 0 ? candidates.reduce((a, b) => (a < b ? a : b)) : today;
  if (start < earliest) start = earliest;
  if (start > today) start = today;

  const days: TimelineDay[] = [];
  for (let date = start; date <= today; date = addDays(date, 1)) {
    const isToday = date === today;
    let answered = 0;
    let overdue = 0;
    for (const { dueAt, answeredAt } of obligations) {
      const wasAnswered =
        answeredAt !== null && (isToday ? new Date(answeredAt) <= now : dayOf(answeredAt) <= date);
      if (wasAnswered) answered += 1;
      else if (dueAt !== null && (isToday ? new Date(dueAt) < now : dayOf(dueAt) <= date))
        overdue += 1;
    }
    days.push({ date, answered, overdue, pending: obligations.length - answered - overdue });
  }
  return days;
}

/** The table's rows: every day up to 31 days, else one row a week ending on today. */
export function timelineRows(days: readonly TimelineDay[]): TimelineDay[] {
  if (days.length <= 31) return [...days];
  return days.filter((_, index) => (days.length - 1 - index) % 7 === 0);
}

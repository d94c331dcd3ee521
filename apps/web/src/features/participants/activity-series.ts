/** One day of participation as the API gives it (active days only, oldest first). */
export interface ActivityDay {
  date: string;
  contributions: number;
  votes: number;
}

/** A bar of the chart: a day, or a week (from its Monday) when the history is long. */
export interface ActivityBar extends ActivityDay {
  /** Days this bar stands for (1, or up to 7). */
  span: number;
}

/** More days than this and the chart shows weeks (a bar stays wide enough to see). */
export const maxDailyBars = 92;

const dayMs = 24 * 60 * 60 * 1000;

function toTime(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function toDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * The bars of the participation chart: every day from the first active day to the last (days
 * without activity at zero, so time reads evenly), or every week past `maxDailyBars` days.
 */
export function activityBars(days: readonly ActivityDay[]): ActivityBar[] {
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return [];
  const byDate = new Map(days.map((day) => [day.date, day]));
  const start = toTime(first.date);
  const end = toTime(last.date);
  const count = Math.round((end - start) / dayMs) + 1;
  const weekly = count > maxDailyBars;
  const bars: ActivityBar[] = [];
  // A week starts on Monday (getUTCDay: 0 is Sunday).
  let time = weekly ? start - ((new Date(start).getUTCDay() + 6) % 7) * dayMs : start;
  while (time <= end) {
    const bar: ActivityBar = {
      date: toDate(time),
      contributions: 0,
      votes: 0,
      span: weekly ? 7 : 1,
    };
    for (let offset = 0; offset < bar.span; offset += 1) {
      const day = byDate.get(toDate(time + offset * dayMs));
      if (day) {
        bar.contributions += day.contributions;
        bar.votes += day.votes;
      }
    }
    bars.push(bar);
    time += bar.span * dayMs;
  }
  return bars;
}

/** A round top for the y axis: 1, 2, 5, 10, 20, 50… at least `value`. */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

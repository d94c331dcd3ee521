/** Cap Collectif exports dates as `dd/mm/yyyy HH:MM`, in French local time. */
const FRENCH = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})(?::(\d{2}))?$/;
/** Some fields carry the database's own form instead: `yyyy-mm-dd HH:MM[:SS]`. */
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

const PARIS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const HOUR_MS = 3_600_000;
/** Offsets by UTC hour: Paris changes its offset on the hour, and formatting is slow. */
const offsets = new Map<number, number>();

/** Minutes Paris is ahead of UTC at an instant (60 in winter, 120 in summer). */
function parisOffsetMinutes(epochMs: number): number {
  const hour = Math.floor(epochMs / HOUR_MS) * HOUR_MS;
  let offset = offsets.get(hour);
  if (offset === undefined) {
    offset = computeOffset(hour);
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

function computeOffset(epochMs: number): number {
  const parts = Object.fromEntries(
    PARIS.formatToParts(new Date(epochMs)).map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - epochMs) / 60_000);
}

/** The instant a wall-clock time in Paris names (the earlier one in the repeated autumn hour). */
export function parisTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second = 0,
): Date | null {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  // Try the offset of the instant before and after the change: the one that round-trips wins.
  const before = parisOffsetMinutes(wall - 3 * HOUR_MS);
  const after = parisOffsetMinutes(wall + 3 * HOUR_MS);
  for (const offset of [Math.max(before, after), Math.min(before, after)]) {
    const instant = wall - offset * 60_000;
    if (parisOffsetMinutes(instant) === offset) return new Date(instant);
  }
  // A time skipped by the spring change (02:30): read it with the winter offset.
  return new Date(wall - Math.min(before, after) * 60_000);
}

/** A date of the export (`dd/mm/yyyy HH:MM`, or `yyyy-mm-dd HH:MM:SS`), or null when it is not one. */
export function parseExportDate(raw: string | undefined): Date | null {
  const text = raw?.trim() ?? '';
  const french = FRENCH.exec(text);
  if (french) {
    const [, d, m, y, h, min, s] = french;
    return parisTime(Number(y), Number(m), Number(d), Number(h), Number(min), Number(s ?? 0));
  }
  const iso = ISO_LOCAL.exec(text);
  if (iso) {
    const [, y, m, d, h, min, s] = iso;
    return parisTime(Number(y), Number(m), Number(d), Number(h), Number(min), Number(s ?? 0));
  }
  return null;
}

/** True when the whole field is a date of the export. */
export function isExportDate(raw: string | undefined): boolean {
  return parseExportDate(raw) !== null;
}

/**
 * A text whose date field was glued to its end when the export lost a separator
 * (`…de Croissance.11/10/2019 21:04`, or `…par exemple;,2019-10-13 11:01:04`): the text and
 * the date, or null when the text does not end with a date.
 */
export function splitGluedDate(raw: string): { text: string; date: Date; raw: string } | null {
  const match =
    /^([\s\S]*?)[;,\s]*(\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?)$/.exec(
      raw,
    );
  if (!match) return null;
  const date = parseExportDate(match[2]);
  return date ? { text: match[1] ?? '', date, raw: match[2] ?? '' } : null;
}

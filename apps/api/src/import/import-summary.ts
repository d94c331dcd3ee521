import { type RowProblem, SKIP_REASONS, type SkipReason } from './capcollectif-rows.js';
import type { CounterMismatch } from './export-scan.js';

/** What an import writes, by kind. */
export const IMPORTED_KINDS = [
  'participants',
  'sections',
  'proposals',
  'revisions',
  'votes',
  'arguments',
  'sources',
  'reports',
  'hidden',
] as const;
export type ImportedKind = (typeof IMPORTED_KINDS)[number];
export type Counts = Record<ImportedKind, number>;

export const zeroCounts = (): Counts =>
  Object.fromEntries(IMPORTED_KINDS.map((kind) => [kind, 0])) as Counts;

export interface RepairedRow {
  readonly line: number;
  readonly type: string;
  readonly repairs: readonly string[];
}

/** The account of one import run: printed by the command line, returned to tests. */
export interface ImportSummary {
  readonly file: string;
  readonly sha256: string;
  readonly consultation: {
    readonly id: string;
    readonly slug: string;
    readonly title: string;
    /** False when an earlier run had created it. */
    readonly created: boolean;
    readonly opensAt: Date | null;
    readonly closesAt: Date | null;
    /** Its phase at the end of the import (CLOSED: read-only). */
    readonly phase: string;
  };
  /** Data rows read (the header excluded). */
  readonly rowsRead: number;
  readonly rowsByType: Record<string, number>;
  /** Written by this run. */
  readonly imported: Counts;
  /** Already there from an earlier run (nothing written). */
  readonly unchanged: Counts;
  /** Votes an earlier run had written with another value, changed to this file's. */
  readonly votesUpdated: number;
  /** A participant's earlier vote on the same opinion, replaced by the later one (line → line). */
  readonly votesSuperseded: readonly { readonly line: number; readonly by: number }[];
  readonly skipped: readonly RowProblem[];
  readonly skippedByReason: Partial<Record<SkipReason, number>>;
  /** Rows read despite a damaged layout (shifted fields, glued dates, missing texts…). */
  readonly repaired: readonly RepairedRow[];
  /** Rows whose date the export lost: dated from what surrounds them (see the README). */
  readonly estimatedDates: readonly { readonly line: number; readonly type: string }[];
  /** Opinions whose counters in the file disagree with the vote rows (tallies come from the rows). */
  readonly counterMismatches: readonly CounterMismatch[];
  readonly batches: number;
  readonly durationMs: number;
}

const n = (value: number): string => value.toLocaleString('en-US');

/** Line numbers, compactly: `12, 14–16, 20` (at most `max` groups). */
export function lineList(lines: readonly number[], max = 40): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const groups: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j += 1;
    groups.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return groups.length > max
    ? `${groups.slice(0, max).join(', ')} … (+${groups.length - max})`
    : groups.join(', ');
}

const tally = (c: { total: number; agree: number; mixed: number; disagree: number }): string =>
  `${c.total} (${c.agree}/${c.mixed}/${c.disagree})`;

/** The summary as the command line prints it. */
export function formatSummary(summary: ImportSummary): string {
  const { consultation: c } = summary;
  const out: string[] = [];
  out.push(
    `Consultation « ${c.title} » (${c.slug}) ${c.created ? 'created' : 'already there'}, ${c.phase}: ` +
      `${c.opensAt?.toISOString() ?? '?'} → ${c.closesAt?.toISOString() ?? '?'}.`,
  );
  out.push(
    `Rows read: ${n(summary.rowsRead)} (` +
      Object.entries(summary.rowsByType)
        .map(([type, count]) => `${type} ${n(count)}`)
        .join(', ') +
      `) in ${(summary.durationMs / 1000).toFixed(1)} s, ${summary.batches} batch(es).`,
  );
  const counts = (kinds: readonly ImportedKind[], values: Counts): string =>
    kinds.map((kind) => `${kind} ${n(values[kind])}`).join(', ');
  out.push(`Imported: ${counts(IMPORTED_KINDS, summary.imported)}.`);
  const unchanged = IMPORTED_KINDS.filter((kind) => summary.unchanged[kind] > 0);
  if (unchanged.length > 0) {
    out.push(`Already imported, unchanged: ${counts(unchanged, summary.unchanged)}.`);
  }
  if (summary.votesUpdated > 0)
    out.push(`Votes changed to this file's value: ${n(summary.votesUpdated)}.`);
  if (summary.votesSuperseded.length > 0) {
    out.push(
      `Votes replaced by the same participant's later vote on the same opinion: ${summary.votesSuperseded.length} (` +
        summary.votesSuperseded.map((vote) => `line ${vote.line} → ${vote.by}`).join(', ') +
        ').',
    );
  }
  const skippedTotal = summary.skipped.length;
  out.push(`Skipped: ${n(skippedTotal)} row(s).`);
  for (const [reason, count] of Object.entries(summary.skippedByReason)) {
    const lines = summary.skipped.filter((row) => row.reason === reason).map((row) => row.line);
    out.push(
      `  ${reason} — ${SKIP_REASONS[reason as SkipReason]}: ${count} (line${lines.length > 1 ? 's' : ''} ${lineList(lines)})`,
    );
  }
  for (const row of summary.skipped
    .filter((problem) => problem.message !== SKIP_REASONS[problem.reason])
    .slice(0, 20)) {
    out.push(`    line ${row.line} (${row.type}): ${row.message}`);
  }
  if (summary.repaired.length > 0) {
    out.push(
      `Repaired while reading: ${summary.repaired.length} row(s) (lines ${lineList(summary.repaired.map((row) => row.line))}).`,
    );
  }
  if (summary.estimatedDates.length > 0) {
    out.push(
      `Dates missing from the export, estimated: ${summary.estimatedDates.length} row(s) (lines ${lineList(
        summary.estimatedDates.map((row) => row.line),
      )}).`,
    );
  }
  const missing = summary.counterMismatches.filter((m) => m.file === null);
  const differing = summary.counterMismatches.filter((m) => m.file !== null);
  out.push(
    `Vote counters of the file vs its vote rows (tallies come from the rows): ${differing.length} disagree, ${missing.length} missing.`,
  );
  for (const mismatch of differing) {
    out.push(
      `  line ${mismatch.line} « ${mismatch.title.slice(0, 60)} »: file ${tally(mismatch.file as typeof mismatch.rows)}, rows ${tally(mismatch.rows)}`,
    );
  }
  for (const mismatch of missing) {
    out.push(
      `  line ${mismatch.line} « ${mismatch.title.slice(0, 60)} »: no counters in the row, rows ${tally(mismatch.rows)}`,
    );
  }
  return out.join('\n');
}

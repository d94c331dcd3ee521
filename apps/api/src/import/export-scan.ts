import {
  authorOf,
  type ExportItem,
  type MappedRow,
  opinionOf,
  type VoteCounters,
  type VoteValue,
} from './capcollectif-rows.js';

/** What the file's own counters say and what its vote rows add up to, for one opinion. */
export interface CounterMismatch {
  readonly line: number;
  readonly opinionId: string;
  readonly title: string;
  /** null: the row lost its counters. */
  readonly file: VoteCounters | null;
  readonly rows: VoteCounters;
}

interface WinningVote {
  readonly line: number;
  readonly at: number;
  readonly value: VoteValue;
}

const emptyCounters = (): { total: number; agree: number; mixed: number; disagree: number } => ({
  total: 0,
  agree: 0,
  mixed: 0,
  disagree: 0,
});

/**
 * The first pass over an export: everything the import needs to know before writing, kept small
 * (a few facts per opinion, author and vote — never the texts): the consultation's dates, its
 * sections in order, the winning vote of each participant on each opinion (the later one), the
 * first line of every id (a later row with the same id is a duplicate), dates to estimate the
 * missing ones, and the file's own vote counters.
 */
export class ExportScan {
  rows = 0;
  /** The consultation's title(s) as the rows give them, with how many rows say each. */
  readonly consultationTitles = new Map<string, number>();
  /** `https://host/consultations/<slug>`: the consultation on the original platform. */
  consultationUrl: string | null = null;
  /** Section titles, with the line they first appear on. */
  readonly sections = new Map<string, number>();
  readonly opinions = new Map<
    string,
    {
      readonly line: number;
      readonly title: string;
      readonly createdAt: Date | null;
      readonly counters: VoteCounters | null;
    }
  >();
  /** The earliest date of anything on an opinion (to date an opinion that lost its own). */
  readonly earliestOn = new Map<string, number>();
  /** Authors by export id: where they first appear and their earliest date. */
  readonly authors = new Map<string, { line: number; firstAt: number | null }>();
  /** `kind:id` → the first line with that id. */
  readonly firstLines = new Map<string, number>();
  /** `opinion|author` → the vote that counts (the later one). */
  readonly votes = new Map<string, WinningVote>();
  minAt: number | null = null;
  maxAt: number | null = null;

  add(mapped: MappedRow): void {
    this.rows += 1;
    if (mapped.item) this.addItem(mapped.item);
  }

  private addItem(item: ExportItem): void {
    const key = `${item.kind}:${item.id}`;
    if (item.kind !== 'vote' && !this.firstLines.has(key)) this.firstLines.set(key, item.line);
    // Creation dates only: items were edited and moderated after the close.
    const times = item.createdAt ? [item.createdAt.getTime()] : [];
    for (const at of times) {
      this.minAt = this.minAt === null ? at : Math.min(this.minAt, at);
      this.maxAt = this.maxAt === null ? at : Math.max(this.maxAt, at);
    }
    const first = times.length > 0 ? Math.min(...times) : null;
    const author = authorOf(item);
    if (author) {
      const known = this.authors.get(author);
      if (!known) this.authors.set(author, { line: item.line, firstAt: first });
      else if (first !== null && (known.firstAt === null || first < known.firstAt)) {
        this.authors.set(author, { line: known.line, firstAt: first });
      }
    }
    const opinion = opinionOf(item);
    if (opinion && item.kind !== 'opinion' && item.createdAt) {
      const at = item.createdAt.getTime();
      this.earliestOn.set(opinion, Math.min(at, this.earliestOn.get(opinion) ?? at));
    }
    switch (item.kind) {
      case 'opinion': {
        if (item.consultationTitle) {
          this.consultationTitles.set(
            item.consultationTitle,
            (this.consultationTitles.get(item.consultationTitle) ?? 0) + 1,
          );
        }
        if (!this.sections.has(item.sectionTitle)) this.sections.set(item.sectionTitle, item.line);
        this.consultationUrl ??= consultationUrlOf(item.url);
        if (!this.opinions.has(item.id)) {
          this.opinions.set(item.id, {
            line: item.line,
            title: item.title,
            createdAt: item.createdAt,
            counters: item.counters,
          });
        }
        break;
      }
      case 'vote': {
        const voteKey = `${item.targetId}|${item.authorId}`;
        const at = item.createdAt?.getTime() ?? Number.NEGATIVE_INFINITY;
        const current = this.votes.get(voteKey);
        // Rows come in file order: a vote as late as the current one comes later in the file.
        if (!current || at >= current.at) {
          this.votes.set(voteKey, { line: item.line, at, value: item.value });
        }
        break;
      }
      default:
        break;
    }
  }

  /** The vote that counts for this row's participant and opinion is this row. */
  isWinningVote(targetId: string, authorId: string, line: number): boolean {
    return this.votes.get(`${targetId}|${authorId}`)?.line === line;
  }

  /** The line of the row that counts instead of this one. */
  winningVoteLine(targetId: string, authorId: string): number | undefined {
    return this.votes.get(`${targetId}|${authorId}`)?.line;
  }

  /** Vote counts per opinion, from the rows (one vote per participant: the later one). */
  recount(): Map<string, VoteCounters> {
    const counts = new Map<string, ReturnType<typeof emptyCounters>>();
    for (const [key, vote] of this.votes) {
      const opinion = key.slice(0, key.indexOf('|'));
      const row = counts.get(opinion) ?? emptyCounters();
      row.total += 1;
      if (vote.value === 'AGREE') row.agree += 1;
      else if (vote.value === 'MIXED') row.mixed += 1;
      else row.disagree += 1;
      counts.set(opinion, row);
    }
    return counts;
  }

  /** Opinions whose counters in the file disagree with their vote rows (or are missing), in file order. */
  counterMismatches(): CounterMismatch[] {
    const recount = this.recount();
    const mismatches: CounterMismatch[] = [];
    for (const [opinionId, opinion] of this.opinions) {
      const rows = recount.get(opinionId) ?? emptyCounters();
      const file = opinion.counters;
      if (
        file &&
        file.total === rows.total &&
        file.agree === rows.agree &&
        file.mixed === rows.mixed &&
        file.disagree === rows.disagree
      ) {
        continue;
      }
      mismatches.push({ line: opinion.line, opinionId, title: opinion.title, file, rows });
    }
    return mismatches.sort((a, b) => a.line - b.line);
  }

  /** The consultation's title: the one most rows give. */
  consultationTitle(): string | null {
    let best: [string, number] | null = null;
    for (const entry of this.consultationTitles) if (!best || entry[1] > best[1]) best = entry;
    return best?.[0] ?? null;
  }

  /** Section titles in reading order: by their leading number (« 2. … ») when they have one, else as met. */
  orderedSections(): string[] {
    const numberOf = (title: string): number => {
      const match = /^\s*(\d+)\s*[.)-]/.exec(title);
      return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
    };
    return [...this.sections.entries()]
      .sort(([a, lineA], [b, lineB]) => numberOf(a) - numberOf(b) || lineA - lineB)
      .map(([title]) => title);
  }
}

/** `https://host/consultations/<slug>` from an item's address on the original platform. */
export function consultationUrlOf(url: string | null): string | null {
  const match = url ? /^(https?:\/\/[^/\s]+\/consultations\/[^/\s?#]+)/i.exec(url) : null;
  return match?.[1] ?? null;
}

import { isExportDate, splitGluedDate } from './paris-time.js';

/** The kinds of row of a Cap Collectif consultation export (its `type` column). */
export const ROW_TYPES = [
  'opinion',
  'vote',
  'argument',
  'source',
  'reportings',
  'version',
] as const;
export type RowType = (typeof ROW_TYPES)[number];

/** Other spellings of a row type met in exports. */
const TYPE_ALIASES: Record<string, RowType> = {
  reporting: 'reportings',
  report: 'reportings',
  opinionversion: 'version',
  versions: 'version',
};

export function rowTypeOf(raw: string): RowType | null {
  const type = raw.trim().toLowerCase();
  return (ROW_TYPES as readonly string[]).includes(type)
    ? (type as RowType)
    : (TYPE_ALIASES[type] ?? null);
}

/**
 * Where a row type's fields sit, in the header's order: fixed fields (`left`), free texts, dates,
 * the item's address on the original platform (`anchor`, when the type has one) and the fields
 * after it (`right`). Free texts are where exports go wrong — a `;` inside an unquoted text adds a
 * field, a quoted text that swallowed a separator (`"title;body"`) or a date glued to a text
 * (`…Croissance.11/10/2019 21:04`) removes one — so the row is realigned on the fields around them.
 */
interface Layout {
  readonly left: readonly string[];
  readonly texts: readonly string[];
  readonly dates: readonly string[];
  readonly anchor?: string;
  readonly right: readonly string[];
  /** Fields read where the header puts them, outside the realigned segment. */
  readonly extra?: readonly string[];
}

const C = 'contributions_';
export const LAYOUTS: Record<RowType, Layout> = {
  opinion: {
    left: [`${C}id`, `${C}author_id`, `${C}consultation_title`, `${C}section_title`],
    texts: [`${C}title`, `${C}bodyText`],
    dates: [`${C}createdAt`, `${C}updatedAt`],
    anchor: `${C}url`,
    right: [
      `${C}published`,
      `${C}trashed`,
      `${C}trashedStatus`,
      `${C}trashedAt`,
      `${C}trashedReason`,
      `${C}votesCount`,
      `${C}votesCountOk`,
      `${C}votesCountMitige`,
      `${C}votesCountNok`,
      `${C}argumentsCount`,
      `${C}argumentsCountFor`,
      `${C}argumentsCountAgainst`,
      `${C}sourcesCount`,
      `${C}versionsCount`,
    ],
  },
  vote: {
    left: [`${C}votes_id`, `${C}votes_related_id`, `${C}votes_author_id`, `${C}votes_value`],
    texts: [],
    dates: [`${C}votes_createdAt`],
    right: [],
  },
  argument: {
    left: [
      `${C}arguments_related_id`,
      `${C}arguments_related_kind`,
      `${C}arguments_id`,
      `${C}arguments_author_id`,
      `${C}arguments_type`,
    ],
    texts: [`${C}arguments_body`],
    dates: [`${C}arguments_createdAt`, `${C}arguments_updatedAt`],
    anchor: `${C}arguments_url`,
    right: [
      `${C}arguments_published`,
      `${C}arguments_trashed`,
      `${C}arguments_trashedStatus`,
      `${C}arguments_trashedAt`,
      `${C}arguments_trashedReason`,
      `${C}arguments_votesCount`,
    ],
  },
  reportings: {
    left: [
      `${C}reportings_related_id`,
      `${C}reportings_related_kind`,
      `${C}reportings_id`,
      `${C}reportings_author_id`,
      `${C}reportings_type`,
    ],
    texts: [`${C}reportings_body`],
    dates: [`${C}reportings_createdAt`],
    right: [],
  },
  source: {
    left: [
      `${C}sources_id`,
      `${C}sources_related_id`,
      `${C}sources_related_kind`,
      `${C}sources_author_id`,
      `${C}sources_trashed`,
      `${C}sources_trashedStatus`,
      `${C}sources_trashedAt`,
      `${C}sources_trashedReason`,
    ],
    texts: [`${C}sources_body`],
    dates: [`${C}sources_createdAt`, `${C}sources_updatedAt`],
    right: [`${C}sources_published`, `${C}sources_votesCount`],
  },
  version: {
    left: ['contribution_versions_id'],
    texts: ['contribution_versions_title', 'contribution_versions_bodyText'],
    dates: ['contribution_versions_createdAt', 'contribution_versions_updatedAt'],
    right: [],
    // The opinion a version belongs to.
    extra: [`${C}id`, `${C}author_id`],
  },
};

/** The export's header: column names to positions, and which layouts can be realigned. */
export class ExportColumns {
  private readonly index = new Map<string, number>();
  private readonly contiguous = new Map<RowType, boolean>();

  constructor(readonly names: readonly string[]) {
    names.forEach((name, position) => {
      const key = name.trim().replace(/^\uFEFF/, '');
      if (!this.index.has(key)) this.index.set(key, position);
    });
    for (const type of ROW_TYPES) {
      const segment = segmentOf(LAYOUTS[type]);
      const start = this.index.get(segment[0] as string);
      this.contiguous.set(
        type,
        start !== undefined && segment.every((name, i) => this.index.get(name) === start + i),
      );
    }
  }

  has(name: string): boolean {
    return this.index.has(name);
  }

  positionOf(name: string): number | undefined {
    return this.index.get(name);
  }

  /** True when the header lays this type's fields out in the expected order (realignment possible). */
  isContiguous(type: RowType): boolean {
    return this.contiguous.get(type) ?? false;
  }
}

function segmentOf(layout: Layout): string[] {
  return [
    ...layout.left,
    ...layout.texts,
    ...layout.dates,
    ...(layout.anchor ? [layout.anchor] : []),
    ...layout.right,
  ];
}

/** A row's fields by column name ('' when absent), and what had to be repaired to read it. */
export interface AlignedRow {
  readonly values: ReadonlyMap<string, string>;
  readonly repairs: readonly string[];
}

const URL = /^https?:\/\/\S+$/i;
const SEARCH = 3;

/** The positions around `expected`, nearest first (the later one first on a tie). */
function around(expected: number, min: number): number[] {
  const positions: number[] = [];
  for (let distance = 0; distance <= SEARCH; distance += 1) {
    for (const position of distance === 0
      ? [expected]
      : [expected + distance, expected - distance]) {
      if (position >= min) positions.push(position);
    }
  }
  return positions;
}

const endsWithDate = (field: string | undefined): boolean =>
  field === '' || isExportDate(field) || (field !== undefined && splitGluedDate(field) !== null);

/** Fits free-text fields into `count` texts: extra fields were split at a `;`, missing ones merged at one. */
function fitTexts(fields: string[], count: number, repairs: string[]): string[] {
  if (count === 0) return [];
  const texts = [...fields];
  if (texts.length > count) {
    const extra = texts.splice(count - 1);
    texts.push(extra.join(';'));
    repairs.push('a « ; » inside a text had split it: fields joined');
  }
  while (texts.length < count) {
    const merged = texts.findIndex((text) => text.includes(';'));
    if (merged === -1) {
      texts.push('');
      continue;
    }
    const text = texts[merged] as string;
    const cut = text.indexOf(';');
    texts.splice(merged, 1, text.slice(0, cut), text.slice(cut + 1));
    repairs.push('two fields merged at a « ; » (e.g. title and body): split again');
  }
  return texts;
}

/**
 * Reads a row's fields by name, realigning the free texts of its type when the export shifted
 * them (see `Layout`). Ragged rows (fewer fields than the header, trailing ones missing) read ''.
 */
export function alignRow(
  columns: ExportColumns,
  type: RowType,
  fields: readonly string[],
): AlignedRow {
  const layout = LAYOUTS[type];
  const values = new Map<string, string>();
  const repairs: string[] = [];
  const at = (position: number | undefined): string =>
    position === undefined ? '' : (fields[position] ?? '');
  for (const name of layout.extra ?? []) values.set(name, at(columns.positionOf(name)));
  if (!columns.isContiguous(type)) {
    for (const name of segmentOf(layout)) values.set(name, at(columns.positionOf(name)));
    return { values, repairs };
  }
  const start = columns.positionOf(layout.left[0] as string) as number;
  layout.left.forEach((name, i) => values.set(name, at(start + i)));
  const textStart = start + layout.left.length;
  const datesAt = textStart + layout.texts.length;

  if (layout.anchor) {
    // Realign on the address: the first field after the dates, easy to recognise.
    const expected = datesAt + layout.dates.length;
    const anchor = around(expected, textStart + 1).find(
      (position) => URL.test(at(position)) && endsWithDate(fields[position - 1]),
    );
    const end = anchor ?? expected;
    if (anchor !== undefined && anchor !== expected) {
      repairs.push(`fields shifted by ${anchor - expected} before the address: realigned`);
    }
    const middle = fields.slice(textStart, end);
    while (anchor === undefined && middle.length < layout.texts.length + layout.dates.length) {
      middle.push('');
    }
    const dates: string[] = [];
    for (let i = layout.dates.length - 1; i >= 0; i -= 1) {
      const last = middle.at(-1);
      if (isExportDate(last) || (last === '' && middle.length > layout.texts.length)) {
        dates[i] = middle.pop() as string;
        continue;
      }
      const glued = last === undefined ? null : splitGluedDate(last);
      if (glued && middle.length >= 1) {
        middle[middle.length - 1] = glued.text;
        dates[i] = glued.raw;
        repairs.push('a date was glued to the end of a text: separated');
        continue;
      }
      dates[i] = '';
    }
    const texts = fitTexts(middle, layout.texts.length, repairs);
    layout.texts.forEach((name, i) => values.set(name, texts[i] ?? ''));
    layout.dates.forEach((name, i) => values.set(name, dates[i] ?? ''));
    values.set(layout.anchor, at(end));
    layout.right.forEach((name, i) => values.set(name, at(end + 1 + i)));
    return { values, repairs };
  }

  // No address: realign on the first date, when the texts moved it.
  let dateAt = datesAt;
  if (layout.texts.length > 0 && layout.dates.length > 0 && !isExportDate(at(datesAt))) {
    const found = around(datesAt, textStart + 1).find((position) => isExportDate(at(position)));
    if (found !== undefined) {
      dateAt = found;
      repairs.push(`fields shifted by ${found - datesAt} before the date: realigned`);
    }
  }
  const texts = fitTexts(
    dateAt === datesAt
      ? layout.texts.map((_, i) => at(textStart + i))
      : fields.slice(textStart, dateAt),
    layout.texts.length,
    repairs,
  );
  layout.texts.forEach((name, i) => values.set(name, texts[i] ?? ''));
  layout.dates.forEach((name, i) => values.set(name, at(dateAt + i)));
  layout.right.forEach((name, i) => values.set(name, at(dateAt + layout.dates.length + i)));
  return { values, repairs };
}

/**
 * The datasets of the bulk exports, each described once: its fields (name, Table Schema type,
 * description) with the SQL that produces them. The COPY statements and `datapackage.json` are
 * both built from these definitions, so a file and its schema cannot drift apart.
 *
 * What never leaves the database: emails and every other account column (no dataset selects
 * from `participant`); participant ids (a keyed hash per consultation replaces them, see
 * `pseudonym`); the text of hidden contributions (see `unlessHidden`); drafts of responses;
 * reporters and moderators.
 */

export type FieldType = 'string' | 'integer' | 'boolean' | 'datetime' | 'object';

/** Where a dataset's SQL runs: one consultation, whose id and key are read in SQL. */
export interface Scope {
  /** The consultation's id, as a SQL literal (a uuid read from the database, checked). */
  readonly consultation: string;
  /** SQL: the pseudonym of the participant id in `column` (null stays null). */
  pseudonym(column: string): string;
}

export interface Field {
  readonly name: string;
  readonly type: FieldType;
  readonly description: string;
  readonly format?: 'uuid' | 'uri';
  readonly required?: boolean;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  /** The SQL expression of the value, over the dataset's FROM clause. */
  readonly sql: (scope: Scope) => string;
}

export interface ForeignKey {
  readonly fields: string;
  readonly reference: { readonly resource: string; readonly fields: string };
}

export interface Dataset {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly primaryKey: readonly string[];
  readonly foreignKeys?: readonly ForeignKey[];
  readonly fields: readonly Field[];
  /** FROM … WHERE … ORDER BY …: the rows of one consultation, in a stable order. */
  readonly from: (scope: Scope) => string;
}

/** Pseudonyms are 32 hex digits (128 bits of an HMAC-like keyed SHA-256). */
export const PSEUDONYM_PATTERN = '^[0-9a-f]{32}$';

/** A timestamp as ISO 8601 in UTC with milliseconds (`2026-01-31T09:15:00.000Z`), as in GraphQL. */
const iso = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** What the author wrote, or null while moderation hides it (`ms` is the joined moderation_state). */
const unlessHidden = (column: string): string => `CASE WHEN ms.hidden THEN NULL ELSE ${column} END`;

/** The public moderation state of the row `alias`: hidden contributions stay, as tombstones. */
const moderationJoin = (alias: string): string =>
  `LEFT JOIN moderation_state ms ON ms.target_id = ${alias}.id`;

// Field builders: the column name, then what it means.
const id = (name: string, column: string, description: string, required = true): Field => ({
  name,
  type: 'string',
  format: 'uuid',
  description,
  required,
  sql: () => column,
});
const text = (name: string, sql: string, description: string, required = true): Field => ({
  name,
  type: 'string',
  description,
  required,
  sql: () => sql,
});
const integer = (name: string, sql: string, description: string, required = true): Field => ({
  name,
  type: 'integer',
  description,
  required,
  sql: () => sql,
});
const datetime = (name: string, column: string, description: string, required = true): Field => ({
  name,
  type: 'datetime',
  description,
  required,
  sql: () => iso(column),
});
const oneOf = (
  name: string,
  column: string,
  values: readonly string[],
  description: string,
  required = true,
): Field => ({ name, type: 'string', description, required, enum: values, sql: () => column });
const pseudonym = (name: string, column: string, description: string, required = false): Field => ({
  name,
  type: 'string',
  description: `${description} Pseudonymous id: the same participant has the same value in every file of this consultation, another one in other consultations; it cannot be traced back to an account.`,
  required,
  pattern: PSEUDONYM_PATTERN,
  sql: (scope) => scope.pseudonym(column),
});
const hiddenFlag = (): Field => ({
  name: 'hidden',
  type: 'boolean',
  description:
    'True while moderation hides this contribution: it stays in the file as a tombstone, and what its author wrote is null (see the moderation dataset for the statement of reasons).',
  required: true,
  sql: () => 'coalesce(ms.hidden, false)',
});
const targetKind = (name: string, column: string, kinds: string): Field =>
  text(name, column, `The kind of the target: ${kinds}.`);
/** Provenance: the workshop a facilitator entered the contribution for (see the workshops dataset). */
const workshopOf = (column: string): Field =>
  id(
    'workshop_id',
    column,
    'The physical workshop this contribution was collected at, entered on its behalf by a facilitator (its author); empty for a contribution written online.',
    false,
  );

const VOTE_VALUES = ['AGREE', 'MIXED', 'DISAGREE'] as const;
const AMENDMENT_STATUSES = ['OPEN', 'INCORPORATED', 'REJECTED', 'WITHDRAWN', 'OUTDATED'] as const;
const PROPOSAL_STATUSES = ['OPEN', 'ADOPTED', 'REJECTED', 'WITHDRAWN'] as const;
const DECISIONS = ['ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED', 'UNDER_STUDY', 'NOTED'] as const;
const MODERATION_KINDS = ['HIDE', 'RESTORE', 'DISMISS_REPORTS', 'SUSPEND', 'REINSTATE'] as const;
const REPORT_REASONS = [
  'SPAM',
  'OFFENSIVE',
  'HARASSMENT',
  'OFF_TOPIC',
  'PERSONAL_DATA',
  'MISINFORMATION',
  'OTHER',
] as const;

/**
 * The keys of an event's payload that are exported: facts (numbers, values, states, ids of
 * contributions). Free text (bodies, titles, urls, reasons, changelogs) is in the other datasets,
 * where hiding applies; raw participant ids (`authorId`) never leave.
 */
export const PUBLIC_PAYLOAD_KEYS = [
  'value',
  'previous',
  'stance',
  'target',
  'decision',
  'previousDecision',
  'revision',
  'officialTitle',
  'versionNumber',
  'fromVersionNumber',
  'newVersionNumber',
  'lineStart',
  'lineEnd',
  'kind',
  'changed',
  'reproposedFromId',
  'reasonCategory',
  'automatic',
  'number',
  'articleId',
  'articleNumber',
  'sectionId',
  'incorporatedAmendmentIds',
  'from',
  'to',
  'position',
  'slug',
  'opensAt',
  'closesAt',
  'minVotes',
  'topPerArticle',
  'deadlineDays',
  'obligations',
  'policy',
  'rowsRead',
  'imported',
  'votesUpdated',
  'workshopId',
  'heldOn',
  'participantCount',
] as const;

/** Events whose actor is a moderator or tied to a report: exported without actor. */
const ANONYMOUS_EVENTS = `e.type LIKE 'contribution.%' OR e.type LIKE 'moderation.%'`;

export const DATASETS: readonly Dataset[] = [
  {
    name: 'articles',
    title: 'Articles',
    description: 'The articles of the draft, in the order of the plan.',
    primaryKey: ['id'],
    fields: [
      id('id', 'a.id', 'Article id (the GraphQL id is base64 of "Article:" and this id).'),
      integer('number', 'a.number', 'Article number, from 1 in the order of the plan.'),
      text('title', 'a.title', 'Title of the article.'),
      id('section_id', 's.id', 'Section of the plan the article belongs to.'),
      text('section_title', 's.title', 'Title of the section.'),
      integer('section_position', 's.position', 'Position of the section in the plan, from 1.'),
      integer('position', 'a.position', 'Position of the article in its section, from 1.'),
      integer(
        'current_version',
        '(SELECT max(v.number) FROM article_version v WHERE v.article_id = a.id)',
        'Number of the latest published version (see the versions dataset).',
      ),
      datetime('created_at', 'a.created_at', 'When the article was created.'),
    ],
    from: (s) =>
      `FROM article a JOIN section s ON s.id = a.section_id
       WHERE a.consultation_id = ${s.consultation} ORDER BY s.position, a.position, a.id`,
  },
  {
    name: 'versions',
    title: 'Versions of the articles',
    description:
      'Every published text of every article; versions are immutable. Lines are the text split on "\\n", numbered from 1.',
    primaryKey: ['id'],
    foreignKeys: [{ fields: 'article_id', reference: { resource: 'articles', fields: 'id' } }],
    fields: [
      id('id', 'v.id', 'Version id.'),
      id('article_id', 'v.article_id', 'The article.'),
      integer('article_number', 'a.number', 'Number of the article.'),
      integer('number', 'v.number', 'Version number, from 1.'),
      text('text', 'v.text', 'Full text of this version.'),
      text(
        'changelog',
        'v.changelog',
        'What changed from the previous version (may be empty).',
        false,
      ),
      datetime('published_at', 'v.published_at', 'When the version was published.'),
    ],
    from: (s) =>
      `FROM article_version v JOIN article a ON a.id = v.article_id
       WHERE a.consultation_id = ${s.consultation} ORDER BY a.number, v.number`,
  },
  {
    name: 'workshops',
    title: 'Workshops',
    description:
      'The physical workshops held for the consultation, recorded by facilitators; the amendments, proposals and arguments collected there name them in workshop_id.',
    primaryKey: ['id'],
    fields: [
      id('id', 'w.id', 'Workshop id (the GraphQL id is base64 of "Workshop:" and this id).'),
      text('title', 'w.title', 'Title of the workshop, e.g. "Citoyenneté".'),
      text('place', 'w.place', 'Where it was held.'),
      {
        name: 'held_on',
        type: 'string',
        description: 'The day it was held, an ISO calendar date (YYYY-MM-DD).',
        required: true,
        pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
        sql: () => `to_char(w.held_on, 'YYYY-MM-DD')`,
      },
      integer('participant_count', 'w.participant_count', 'How many people took part.'),
      pseudonym('facilitator', 'w.facilitator_id', 'The facilitator who recorded it.'),
      datetime('created_at', 'w.created_at', 'When it was recorded.'),
    ],
    from: (s) =>
      `FROM workshop w WHERE w.consultation_id = ${s.consultation} ORDER BY w.held_on, w.created_at, w.id`,
  },
  {
    name: 'amendments',
    title: 'Amendments',
    description:
      'Line-level amendments: each replaces lines line_start..line_end (inclusive) of one version of an article with proposed_text; an insertion has line_end = line_start - 1.',
    primaryKey: ['id'],
    foreignKeys: [
      { fields: 'article_id', reference: { resource: 'articles', fields: 'id' } },
      { fields: 'base_version_id', reference: { resource: 'versions', fields: 'id' } },
      { fields: 'workshop_id', reference: { resource: 'workshops', fields: 'id' } },
    ],
    fields: [
      id('id', 'm.id', 'Amendment id (the GraphQL id is base64 of "Amendment:" and this id).'),
      id('article_id', 'm.article_id', 'The amended article.'),
      id('base_version_id', 'm.base_version_id', 'The version the line numbers refer to.'),
      integer('base_version_number', 'm.base_version_number', 'Number of that version.'),
      integer('line_start', 'm.line_start', 'First replaced line, from 1.'),
      integer('line_end', 'm.line_end', 'Last replaced line (line_start - 1 for an insertion).'),
      text(
        'original_text',
        'm.original_text',
        'The lines replaced, as in the base version.',
        false,
      ),
      text(
        'proposed_text',
        unlessHidden('m.proposed_text'),
        'The replacement text (empty: deletion); null while hidden.',
        false,
      ),
      text(
        'rationale',
        unlessHidden('m.rationale'),
        'Statement of reasons; null while hidden.',
        false,
      ),
      oneOf('status', 'm.status', AMENDMENT_STATUSES, 'Status of the amendment.'),
      pseudonym('author', 'm.author_id', 'The author (null for a deleted account).'),
      integer(
        'incorporated_in_version',
        'iv.number',
        'For an INCORPORATED amendment: the version that incorporated it.',
        false,
      ),
      id(
        'reproposed_from_id',
        'm.reproposed_from_id',
        'The OUTDATED amendment this one re-proposes on a newer version, if any.',
        false,
      ),
      workshopOf('m.workshop_id'),
      hiddenFlag(),
      datetime('created_at', 'm.created_at', 'When the amendment was proposed.'),
      datetime('updated_at', 'm.updated_at', 'Last change (edit, status, re-anchoring).'),
    ],
    from: (s) =>
      `FROM amendment m ${moderationJoin('m')}
       LEFT JOIN article_version iv ON iv.id = m.incorporated_in_version_id
       WHERE m.consultation_id = ${s.consultation} ORDER BY m.created_at, m.id`,
  },
  {
    name: 'proposals',
    title: 'Proposals of new articles',
    description: 'New articles proposed by participants in a section of the plan.',
    primaryKey: ['id'],
    foreignKeys: [
      { fields: 'adopted_as_article_id', reference: { resource: 'articles', fields: 'id' } },
      { fields: 'workshop_id', reference: { resource: 'workshops', fields: 'id' } },
    ],
    fields: [
      id('id', 'p.id', 'Proposal id (the GraphQL id is base64 of "Proposal:" and this id).'),
      id(
        'section_id',
        'p.section_id',
        'The section it is proposed in (see section_id in articles).',
      ),
      text('title', unlessHidden('p.title'), 'Title; null while hidden.', false),
      text(
        'body',
        unlessHidden('p.body'),
        'Text of the proposed article; null while hidden.',
        false,
      ),
      text(
        'rationale',
        unlessHidden('p.rationale'),
        'Statement of reasons; null while hidden.',
        false,
      ),
      oneOf('status', 'p.status', PROPOSAL_STATUSES, 'Status of the proposal.'),
      pseudonym('author', 'p.author_id', 'The author (null for a deleted account).'),
      id(
        'adopted_as_article_id',
        'p.adopted_as_article_id',
        'For an ADOPTED proposal: the article it became.',
        false,
      ),
      workshopOf('p.workshop_id'),
      hiddenFlag(),
      datetime('created_at', 'p.created_at', 'When it was proposed.'),
      datetime('updated_at', 'p.updated_at', 'Last change.'),
    ],
    from: (s) =>
      `FROM proposal p ${moderationJoin('p')}
       WHERE p.consultation_id = ${s.consultation} ORDER BY p.created_at, p.id`,
  },
  {
    name: 'arguments',
    title: 'Arguments',
    description: 'Arguments for or against an article, an amendment or a proposal.',
    primaryKey: ['id'],
    foreignKeys: [{ fields: 'workshop_id', reference: { resource: 'workshops', fields: 'id' } }],
    fields: [
      id('id', 'g.id', 'Argument id (the GraphQL id is base64 of "Argument:" and this id).'),
      id('target_id', 'g.target_id', 'The contribution argued about.'),
      targetKind('target_kind', 'g.target_kind', 'Article, Amendment or Proposal'),
      id('article_id', 'g.article_id', 'The article concerned, when there is one.', false),
      oneOf('stance', 'g.stance', ['FOR', 'AGAINST'], 'For or against the target.'),
      text('body', unlessHidden('g.body'), 'The argument; null while hidden.', false),
      pseudonym('author', 'g.author_id', 'The author (null for a deleted account).'),
      integer(
        'convincing_count',
        'g.convincing_count',
        'How many participants found it convincing.',
      ),
      workshopOf('g.workshop_id'),
      hiddenFlag(),
      datetime('created_at', 'g.created_at', 'When it was posted.'),
      datetime('updated_at', 'g.updated_at', 'Last edit.'),
    ],
    from: (s) =>
      `FROM argument g ${moderationJoin('g')}
       WHERE g.consultation_id = ${s.consultation} ORDER BY g.created_at, g.id`,
  },
  {
    name: 'sources',
    title: 'Sources',
    description: 'Sources (links) added to an article, an amendment or a proposal.',
    primaryKey: ['id'],
    fields: [
      id('id', 'r.id', 'Source id.'),
      id('target_id', 'r.target_id', 'The contribution the source supports.'),
      targetKind('target_kind', 'r.target_kind', 'Article, Amendment or Proposal'),
      id('article_id', 'r.article_id', 'The article concerned, when there is one.', false),
      {
        ...text(
          'url',
          unlessHidden('r.url'),
          'The link (http or https); null while hidden.',
          false,
        ),
        format: 'uri',
      },
      text('title', unlessHidden('r.title'), 'Title of the source; null while hidden.', false),
      text(
        'description',
        unlessHidden('r.description'),
        'Description; null while hidden or absent.',
        false,
      ),
      pseudonym('author', 'r.author_id', 'Who added it (null for a deleted account).'),
      hiddenFlag(),
      datetime('created_at', 'r.created_at', 'When it was added.'),
    ],
    from: (s) =>
      `FROM source r ${moderationJoin('r')}
       WHERE r.consultation_id = ${s.consultation} ORDER BY r.created_at, r.id`,
  },
  {
    name: 'votes',
    title: 'Votes',
    description:
      'Every current vote (one per participant and target; retracted votes are gone, their history is in the events). Votes on a hidden contribution stay here but are not counted in its tally while it is hidden.',
    primaryKey: ['target_id', 'participant'],
    fields: [
      id('target_id', 'v.target_id', 'The article, amendment or proposal voted on.'),
      targetKind('target_kind', 'v.target_kind', 'Article, Amendment or Proposal'),
      pseudonym('participant', 'v.participant_id', 'Who voted.', true),
      oneOf(
        'value',
        'v.value',
        VOTE_VALUES,
        "D'accord (AGREE), mitigé (MIXED), pas d'accord (DISAGREE).",
      ),
      datetime('created_at', 'v.created_at', 'When the vote was first cast.'),
      datetime('updated_at', 'v.updated_at', 'When its value last changed.'),
    ],
    from: (s) =>
      `FROM vote v
       WHERE v.target_id IN (SELECT id FROM article WHERE consultation_id = ${s.consultation}
                             UNION ALL SELECT id FROM amendment WHERE consultation_id = ${s.consultation}
                             UNION ALL SELECT id FROM proposal WHERE consultation_id = ${s.consultation})
       ORDER BY v.created_at, v.target_id, v.participant_id`,
  },
  {
    name: 'responses',
    title: 'Official responses',
    description:
      'Published responses of elected officials, signed, in their latest published state (drafts are never exported).',
    primaryKey: ['id'],
    fields: [
      id('id', 'o.id', 'Response id.'),
      id('target_id', 'o.target_id', 'The contribution or article answered.'),
      targetKind('target_kind', 'o.target_kind', 'Article, Amendment, Proposal or Argument'),
      id('article_id', 'o.article_id', 'The article concerned, when there is one.', false),
      oneOf('decision', 'o.decision', DECISIONS, 'The decision.'),
      text('body', 'o.body', 'The response.'),
      pseudonym('official', 'o.official_id', 'The official who signed.', true),
      text('official_name', 'o.official_name', 'Name of the official, as signed.'),
      text('official_title', 'o.official_title', 'Mandate of the official, as signed.'),
      integer('revision', 'o.revision_count', 'Number of published revisions (1: never revised).'),
      datetime('published_at', 'o.published_at', 'When it was first published.'),
      datetime('updated_at', 'o.updated_at', 'When it was last revised.'),
    ],
    from: (s) =>
      `FROM official_response o
       WHERE o.consultation_id = ${s.consultation} AND o.status = 'PUBLISHED'
       ORDER BY o.published_at, o.id`,
  },
  {
    name: 'moderation',
    title: 'Moderation log',
    description:
      'The public moderation log: every action with its statement of reasons (suspensions of participants included). Reporters and moderators are not named.',
    primaryKey: ['id'],
    fields: [
      id('id', 'a.id', 'Action id.'),
      oneOf('kind', 'a.kind', MODERATION_KINDS, 'What was done.'),
      id(
        'target_id',
        'a.target_id',
        'The contribution concerned (HIDE, RESTORE, DISMISS_REPORTS).',
        false,
      ),
      text(
        'target_kind',
        'a.target_kind',
        'Its kind: Amendment, Proposal, Argument or Source.',
        false,
      ),
      pseudonym(
        'participant',
        'a.participant_id',
        'The participant concerned (SUSPEND, REINSTATE).',
      ),
      {
        name: 'automatic',
        type: 'boolean',
        description: 'True when taken automatically after reports from distinct participants.',
        required: true,
        sql: () => 'a.automatic',
      },
      oneOf('reason_category', 'a.reason_category', REPORT_REASONS, 'Category of the reason.'),
      text('reason', 'a.reason', 'Statement of reasons.'),
      datetime('suspended_until', 'a.suspended_until', 'End of a suspension.', false),
      datetime('created_at', 'a.created_at', 'When the action was taken.'),
    ],
    from: (s) =>
      `FROM moderation_action a
       WHERE a.consultation_id = ${s.consultation} OR a.consultation_id IS NULL
       ORDER BY a.created_at, a.id`,
  },
  {
    name: 'events',
    title: 'Event log',
    description:
      'The append-only log of everything that happened in the consultation, in order. The payload keeps facts only (numbers, values, ids of contributions); texts are in the other datasets.',
    primaryKey: ['seq'],
    fields: [
      integer('seq', 'e.seq', 'Sequence number: strictly increasing, the order of the log.'),
      id('id', 'e.id', 'Event id.'),
      datetime('occurred_at', 'e.occurred_at', 'When it happened.'),
      text(
        'type',
        'e.type',
        'What happened, e.g. amendment.proposed, vote.cast, response.published.',
      ),
      {
        ...pseudonym(
          'actor',
          'e.actor_id',
          'Who did it (null for moderation and reports, and for automatic events).',
        ),
        sql: (s) => `CASE WHEN ${ANONYMOUS_EVENTS} THEN NULL ELSE ${s.pseudonym('e.actor_id')} END`,
      },
      text(
        'subject_type',
        'e.subject_type',
        'Kind of the subject: Article, ArticleVersion, Amendment, Proposal, Argument, Source, OfficialResponse, ModerationAction, Consultation, …',
      ),
      {
        name: 'subject_id',
        type: 'string',
        description: 'Id of the subject (a pseudonym when the subject is a participant).',
        required: true,
        sql: (s) =>
          `CASE WHEN e.subject_type = 'Participant' THEN ${s.pseudonym('e.subject_id')} ELSE e.subject_id::text END`,
      },
      id('article_id', 'e.article_id', 'The article concerned, when there is one.', false),
      {
        name: 'payload',
        type: 'object',
        description: `Facts about the event, as a JSON object (keys among: ${PUBLIC_PAYLOAD_KEYS.join(', ')}).`,
        required: true,
        sql: () =>
          `(SELECT coalesce(jsonb_object_agg(p.key, p.value), '{}'::jsonb) FROM jsonb_each(e.payload) p
            WHERE p.key = ANY (ARRAY[${PUBLIC_PAYLOAD_KEYS.map((key) => `'${key}'`).join(', ')}]))`,
      },
    ],
    from: (s) =>
      `FROM event e
       WHERE e.consultation_id = ${s.consultation} AND e.type NOT LIKE 'response.draft.%'
       ORDER BY e.seq`,
  },
];

export const FORMATS = ['csv', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

export function datasetNamed(name: string): Dataset | undefined {
  return DATASETS.find((dataset) => dataset.name === name);
}

/** The rows of a dataset, one column per field, typed (booleans, integers, json, text). */
function rowsSql(dataset: Dataset, scope: Scope): string {
  const columns = dataset.fields.map((field) => `${field.sql(scope)} AS ${field.name}`);
  return `SELECT ${columns.join(',\n  ')}\n${dataset.from(scope)}`;
}

/**
 * The COPY statement of a dataset. CSV: PostgreSQL's CSV with a header, booleans written
 * `true`/`false` (Table Schema's default), null as an empty cell. NDJSON: one JSON object per
 * line from `row_to_json`, copied in CSV mode with a quote character that JSON text never
 * contains raw (JSON escapes every control character), so each line passes through unchanged —
 * no COPY text escaping of backslashes to undo.
 */
export function copySql(dataset: Dataset, format: Format, scope: Scope): string {
  const rows = rowsSql(dataset, scope);
  if (format === 'ndjson') {
    return `COPY (SELECT row_to_json(t)::text FROM (${rows}) t)
      TO STDOUT WITH (FORMAT csv, HEADER false, QUOTE e'\\x01', DELIMITER e'\\x02')`;
  }
  const columns = dataset.fields.map((field) =>
    field.type === 'boolean' ? `t.${field.name}::text AS ${field.name}` : `t.${field.name}`,
  );
  return `COPY (SELECT ${columns.join(', ')} FROM (${rows}) t) TO STDOUT WITH (FORMAT csv, HEADER true)`;
}

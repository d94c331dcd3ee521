#!/usr/bin/env node
// `npm run dataset -- [--scale 10] [--seed amendo] [--slug <slug>]`: generates a realistic
// consultation at `scale` times République numérique (scale 10: 200,000 participants, 30
// articles, 85,000 contributions, 1.5 million votes) into the database of `npm start` — DATABASE_URL,
// or the embedded server, started here — after applying the migrations. Bulk writes through COPY,
// in one transaction, with a progress bar on stderr. Generated participants have no password.
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { build, ROOT } from '../build.mjs';

const USAGE = `usage: npm run dataset -- [--scale <n>] [--seed <text>] [--slug <slug>]

Generates a consultation at <n> times République numérique (default 10; 1 for quick checks) into
the database of \`npm start\` (DATABASE_URL, or the embedded server — stop Amendo first).
  --scale <n>    size multiplier (default 10)
  --seed <text>  seed of every random choice (default "amendo"): same seed, same data
  --slug <slug>  slug of the consultation (default republique-numerique-x<n>)
`;

function options() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '10' },
      seed: { type: 'string', default: 'amendo' },
      slug: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 100)) throw new Error('--scale takes a number between 0 and 100.');
  const slug = values.slug ?? `republique-numerique-x${String(scale).replace(/\D/g, '-')}`;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) throw new Error(`« ${slug} » is not a valid slug.`);
  return { scale, seed: values.seed, slug };
}

/** A value in COPY's text format. */
function field(value) {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.join(',')}}`;
  if (typeof value === 'object') return escape(JSON.stringify(value));
  return escape(String(value));
}
const escape = (text) =>
  /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;

/** COPY rows (an iterable of column arrays) into a table, in chunks of ~256 KiB. */
async function copyRows(client, table, columns, rows, onRows) {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  async function* chunks() {
    let chunk = '';
    let count = 0;
    for (const row of rows) {
      chunk += `${row.map(field).join('\t')}\n`;
      count += 1;
      if (chunk.length > 262_144) {
        yield chunk;
        onRows(count);
        chunk = '';
        count = 0;
      }
    }
    if (chunk) yield chunk;
    onRows(count);
  }
  await pipeline(Readable.from(chunks()), stream);
}

function progress(total) {
  if (!process.stderr.isTTY) {
    let done = 0;
    let step = -1;
    let label = '';
    return {
      label: (text) => (label = text),
      add(n) {
        done += n;
        const reached = Math.floor((done / total) * 10);
        if (reached !== step) {
          step = reached;
          process.stderr.write(`amendo: dataset ${reached * 10}% (${label})\n`);
        }
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'amendo: {label} [{bar}] {percentage}% {value}/{total} rows, {duration}s',
      hideCursor: true,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: 'planning'.padEnd(22) });
  return {
    label: (text) => bar.update({ label: text.padEnd(22) }),
    add: (n) => bar.increment(n),
    stop: () => bar.stop(),
  };
}

const articleIdOf = (target) =>
  target.kind === 'Article'
    ? target.id
    : target.kind === 'Amendment'
      ? target.article.id
      : articleIdOf(target.target);

async function main() {
  const args = options();
  build(['text', 'migrations', 'api'], { log: (message) => console.error(message) });
  const dist = (path) => import(pathToFileURL(join(ROOT, 'apps/api/dist', path)).href);
  const { loadConfig } = await dist('config/config.js');
  const { connectDatabase } = await dist('database/connect.js');
  const { planDataset, voteRows, toGlobalId } = await import('./dataset.mjs');

  const started = Date.now();
  const database = await connectDatabase(loadConfig(), (message) =>
    process.stderr.write(`amendo: ${message}\n`),
  );
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows: existing } = await client.query('SELECT 1 FROM consultation WHERE slug = $1', [
      args.slug,
    ]);
    if (existing.length > 0) {
      throw new Error(
        `the database already has the consultation « ${args.slug} » (generated rows are immutable history: use another --slug or a fresh database).`,
      );
    }
    const plan = planDataset(args);
    const { sizes } = plan;
    const c = plan.consultation;
    const total =
      plan.participants.length +
      plan.articles.length * 2 +
      plan.amendments.length * 2 +
      sizes.votes +
      plan.voteTargets.length +
      plan.arguments.length +
      plan.sources.length +
      plan.responses.length * 2 +
      plan.notifications.length +
      plan.actions.length * 2 +
      plan.reports.length +
      plan.events.length +
      plan.voteTargets.length;
    const bar = progress(total);
    const step = async (label, table, columns, rows) => {
      bar.label(label);
      await copyRows(client, table, columns, rows, (n) => bar.add(n));
    };

    await client.query('BEGIN');
    // Bulk load: no synchronous commit wait per statement, larger work memory for the indexes.
    await client.query(`SET LOCAL synchronous_commit = off`);
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await step(
      'participants',
      'participant',
      ['id', 'display_name', 'roles', 'official_title', 'created_at', 'updated_at'],
      plan.participants.map((p) => [
        p.id,
        p.displayName,
        p.roles,
        p.officialTitle,
        p.createdAt,
        p.createdAt,
      ]),
    );
    await client.query(
      `INSERT INTO consultation (id, slug, title, summary, opens_at, closes_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
      [c.id, c.slug, c.title, c.summary, c.opensAt, c.closesAt, c.createdAt],
    );
    await client.query(`INSERT INTO open_data_key (consultation_id) VALUES ($1)`, [c.id]);
    await client.query(
      `INSERT INTO section (id, consultation_id, title, position, created_at)
       SELECT u.id, $1, u.title, u.position, u.at FROM unnest($2::uuid[], $3::text[], $4::int[], $5::timestamptz[]) AS u(id, title, position, at)`,
      [
        c.id,
        plan.sections.map((s) => s.id),
        plan.sections.map((s) => s.title),
        plan.sections.map((s) => s.position),
        plan.sections.map((s) => s.createdAt),
      ],
    );
    const admin = plan.participants[0];
    await step(
      'articles',
      'article',
      ['id', 'consultation_id', 'section_id', 'number', 'title', 'position', 'created_at'],
      plan.articles.map((a) => [
        a.id,
        c.id,
        a.sectionId,
        a.number,
        a.title,
        a.position,
        a.createdAt,
      ]),
    );
    await step(
      'article versions',
      'article_version',
      ['id', 'article_id', 'number', 'text', 'changelog', 'published_at', 'published_by'],
      plan.articles.map((a) => [
        a.version.id,
        a.id,
        1,
        a.version.text,
        'Version initiale.',
        a.createdAt,
        admin.id,
      ]),
    );
    await step(
      'amendments',
      'amendment',
      [
        'id',
        'consultation_id',
        'article_id',
        'base_version_id',
        'base_version_number',
        'line_start',
        'line_end',
        'original_text',
        'proposed_text',
        'rationale',
        'status',
        'author_id',
        'created_at',
        'updated_at',
      ],
      plan.amendments.map((a) => [
        a.id,
        c.id,
        a.article.id,
        a.article.version.id,
        1,
        a.lineStart,
        a.lineEnd,
        a.originalText,
        a.proposedText,
        a.rationale,
        a.status,
        a.author.id,
        a.createdAt,
        a.updatedAt,
      ]),
    );
    await step(
      'amendment revisions',
      'amendment_revision',
      [
        'amendment_id',
        'number',
        'kind',
        'base_version_number',
        'line_start',
        'line_end',
        'proposed_text',
        'rationale',
        'created_at',
      ],
      (function* revisions() {
        for (const a of plan.amendments) {
          const snapshot = [1, a.lineStart, a.lineEnd, a.proposedText, a.rationale];
          yield [a.id, 1, 'CREATED', ...snapshot, a.createdAt];
          if (a.status === 'WITHDRAWN') yield [a.id, 2, 'WITHDRAWN', ...snapshot, a.updatedAt];
        }
      })(),
    );
    const tallies = [];
    await step(
      'votes',
      'vote',
      ['target_id', 'participant_id', 'target_kind', 'value', 'created_at', 'updated_at'],
      voteRows(plan, (target, tally) => tallies.push([target, tally])),
    );
    await step(
      'vote tallies',
      'vote_tally',
      ['target_id', 'target_kind', 'agree', 'mixed', 'disagree'],
      tallies.map(([t, n]) => [t.id, t.kind, n.AGREE, n.MIXED, n.DISAGREE]),
    );
    await step(
      'arguments',
      'argument',
      [
        'id',
        'target_id',
        'target_kind',
        'consultation_id',
        'article_id',
        'stance',
        'body',
        'author_id',
        'created_at',
        'updated_at',
      ],
      plan.arguments.map((a) => [
        a.id,
        a.target.id,
        a.target.kind,
        c.id,
        articleIdOf(a.target),
        a.stance,
        a.body,
        a.author.id,
        a.createdAt,
        a.createdAt,
      ]),
    );
    await step(
      'sources',
      'source',
      [
        'id',
        'target_id',
        'target_kind',
        'consultation_id',
        'article_id',
        'url',
        'title',
        'description',
        'author_id',
        'created_at',
      ],
      plan.sources.map((s) => [
        s.id,
        s.target.id,
        s.target.kind,
        c.id,
        articleIdOf(s.target),
        s.url,
        s.title,
        s.description,
        s.author.id,
        s.createdAt,
      ]),
    );
    await step(
      'official responses',
      'official_response',
      [
        'id',
        'target_id',
        'target_kind',
        'consultation_id',
        'article_id',
        'official_id',
        'official_name',
        'official_title',
        'decision',
        'body',
        'status',
        'revision_count',
        'created_at',
        'updated_at',
        'published_at',
      ],
      plan.responses.map((r) => [
        r.id,
        r.target.id,
        r.target.kind,
        c.id,
        articleIdOf(r.target),
        r.official.id,
        r.official.displayName,
        r.official.officialTitle,
        r.decision,
        r.body,
        'PUBLISHED',
        1,
        r.at,
        r.at,
        r.at,
      ]),
    );
    await step(
      'response revisions',
      'official_response_revision',
      ['response_id', 'number', 'decision', 'body', 'official_title', 'created_at'],
      plan.responses.map((r) => [r.id, 1, r.decision, r.body, r.official.officialTitle, r.at]),
    );
    await step(
      'notifications',
      'notification',
      [
        'id',
        'participant_id',
        'kind',
        'subject_type',
        'subject_id',
        'source_key',
        'title',
        'body',
        'created_at',
      ],
      plan.notifications.map((n) => [
        n.id,
        n.participantId,
        n.kind,
        n.subjectType,
        n.subjectId,
        n.sourceKey,
        n.title,
        n.body,
        n.createdAt,
      ]),
    );
    await step(
      'moderation actions',
      'moderation_action',
      [
        'id',
        'kind',
        'target_id',
        'target_kind',
        'consultation_id',
        'moderator_id',
        'automatic',
        'reason_category',
        'reason',
        'created_at',
      ],
      plan.actions.map((a) => [
        a.id,
        'HIDE',
        a.target.id,
        a.target.kind,
        c.id,
        a.moderator.id,
        false,
        a.category,
        a.reason,
        a.at,
      ]),
    );
    await step(
      'moderation states',
      'moderation_state',
      ['target_id', 'target_kind', 'hidden', 'action_id', 'hidden_at'],
      plan.actions.map((a) => [a.target.id, a.target.kind, true, a.id, a.at]),
    );
    await step(
      'reports',
      'report',
      [
        'id',
        'target_id',
        'target_kind',
        'consultation_id',
        'reporter_id',
        'reason',
        'status',
        'resolved_by',
        'created_at',
      ],
      plan.reports.map((r) => [
        r.id,
        r.target.id,
        r.target.kind,
        c.id,
        r.reporter.id,
        r.reason,
        r.status,
        r.action?.id ?? null,
        r.at,
      ]),
    );
    // Events in the order things happened; votes counted per target (one event each, not one per vote).
    const voteEvents = tallies.map(([t, n]) => ({
      id: plan.rVotes.uuid(),
      type: 'dataset.votes',
      actorId: null,
      subjectType: t.kind,
      subjectId: t.id,
      articleId: articleIdOf(t),
      consultationId: c.id,
      occurredAt: new Date(Date.UTC(2026, 9, 17, 8)),
      payload: { agree: n.AGREE, mixed: n.MIXED, disagree: n.DISAGREE, generated: true },
    }));
    const events = [...plan.events, ...voteEvents].sort((x, y) => x.occurredAt - y.occurredAt);
    await step(
      'events',
      'event',
      [
        'id',
        'occurred_at',
        'type',
        'actor_id',
        'subject_type',
        'subject_id',
        'article_id',
        'consultation_id',
        'payload',
      ],
      events.map((e) => [
        e.id,
        e.occurredAt,
        e.type,
        e.actorId,
        e.subjectType,
        e.subjectId,
        e.articleId,
        e.consultationId,
        e.payload,
      ]),
    );
    // The generated events are history, not news: the notification worker starts after them.
    await client.query(
      `UPDATE notification_cursor SET last_seq = (SELECT max(seq) FROM event), updated_at = now() WHERE name = 'events'`,
    );
    bar.label('committing');
    await client.query('COMMIT');
    bar.stop();
    process.stderr.write('amendo: analysing the tables…\n');
    await client.query('ANALYZE');
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const summary = {
      consultation: c.slug,
      globalId: toGlobalId('Consultation', c.id),
      seed: plan.seed,
      scale: args.scale,
      participants: plan.participants.length,
      articles: plan.articles.length,
      amendments: plan.amendments.length,
      arguments: plan.arguments.length,
      sources: plan.sources.length,
      votes: sizes.votes,
      officialResponses: plan.responses.length,
      hidden: plan.actions.length,
      reports: plan.reports.length,
      events: events.length,
      seconds: Number(seconds),
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
    await database.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`\namendo: ${error.message}\n`);
  process.exit(1);
});

// The article page as one SQL statement behind a bare node:http server, for `npm run bench`:
// the floor under any API (no GraphQL, no framework) — what Amendo's ratioToSql compares with.
// Usage: DATABASE_URL=… PORT=… node tools/bench/sql-server.mjs; GET /article/<uuid>.
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

export const ARTICLE_PAGE_SQL = `
SELECT a.id, a.number, a.title,
  (SELECT json_build_object('id', v.id, 'number', v.number, 'text', v.text)
     FROM article_version v WHERE v.article_id = a.id ORDER BY v.number DESC LIMIT 1) AS version,
  (SELECT count(*)::int FROM amendment c WHERE c.article_id = a.id) AS total_count,
  (SELECT coalesce(json_agg(x.page ORDER BY x.rank), '[]'::json) FROM (
     SELECT row_number() OVER (ORDER BY m.total DESC, m.created_at, m.id) AS rank,
       json_build_object(
         'id', m.id, 'status', m.status, 'lineStart', m.line_start, 'lineEnd', m.line_end,
         'originalText', m.original_text, 'proposedText', m.shown_text, 'createdAt', m.created_at,
         'author', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('id', p.id, 'displayName', p.display_name) END,
         'votes', json_build_object('agree', m.agree, 'mixed', m.mixed, 'disagree', m.disagree, 'total', m.total),
         'officialResponses', (SELECT coalesce(json_agg(json_build_object(
             'id', r.id, 'decision', r.decision, 'body', r.body, 'officialName', r.official_name,
             'officialTitle', r.official_title, 'publishedAt', r.published_at) ORDER BY r.published_at, r.id), '[]'::json)
           FROM official_response r WHERE r.target_id = m.id AND r.status = 'PUBLISHED')) AS page
     FROM (
       SELECT am.*, CASE WHEN ms.hidden THEN NULL ELSE am.proposed_text END AS shown_text,
              CASE WHEN ms.hidden THEN 0 ELSE coalesce(t.agree, 0) END AS agree,
              CASE WHEN ms.hidden THEN 0 ELSE coalesce(t.mixed, 0) END AS mixed,
              CASE WHEN ms.hidden THEN 0 ELSE coalesce(t.disagree, 0) END AS disagree,
              CASE WHEN ms.hidden THEN 0 ELSE coalesce(t.agree + t.mixed + t.disagree, 0) END AS total
       FROM amendment am
       LEFT JOIN vote_tally t ON t.target_id = am.id
       LEFT JOIN moderation_state ms ON ms.target_id = am.id
       WHERE am.article_id = a.id
       ORDER BY total DESC, am.created_at, am.id LIMIT 50) m
     LEFT JOIN participant p ON p.id = m.author_id AND p.deleted_at IS NULL) x) AS amendments
FROM article a WHERE a.id = $1`;

const UUID = /^\/article\/([0-9a-f-]{36})$/;

const server = createServer(async (req, res) => {
  const match = UUID.exec(req.url ?? '');
  if (!match) {
    res.writeHead(404).end();
    return;
  }
  try {
    const { rows } = await pool.query({
      name: 'article-page',
      text: ARTICLE_PAGE_SQL,
      values: [match[1]],
    });
    const row = rows[0];
    if (!row) {
      res.writeHead(404).end();
      return;
    }
    const lines = row.version.text.split('\n').map((text, index) => ({ number: index + 1, text }));
    const body = JSON.stringify({
      article: {
        id: row.id,
        number: row.number,
        title: row.title,
        currentVersion: { id: row.version.id, number: row.version.number, lines },
        amendments: { totalCount: row.total_count, nodes: row.amendments },
      },
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => {
  process.stdout.write(`sql: ready on ${process.env.PORT}\n`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(0));

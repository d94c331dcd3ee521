-- The schema PostGraphile reads for `npm run bench` (created before its measurement, dropped
-- after): views over Amendo's tables with what the article page shows, the tallies joined to the
-- amendments (so that they can be ordered by total votes, MOST_VOTED) and the same rules as the
-- API: a hidden amendment counts no votes and shows no text; only published responses; no email.
DROP SCHEMA IF EXISTS postgraphile_bench CASCADE;
CREATE SCHEMA postgraphile_bench;

CREATE VIEW postgraphile_bench.article AS
  SELECT id, consultation_id, number, title FROM public.article;
COMMENT ON VIEW postgraphile_bench.article IS E'@primaryKey id';

CREATE VIEW postgraphile_bench.article_version AS
  SELECT id, article_id, number, text, published_at FROM public.article_version;
COMMENT ON VIEW postgraphile_bench.article_version IS
  E'@primaryKey id\n@foreignKey (article_id) references postgraphile_bench.article (id)';

CREATE VIEW postgraphile_bench.participant AS
  SELECT id, display_name FROM public.participant WHERE deleted_at IS NULL;
COMMENT ON VIEW postgraphile_bench.participant IS E'@primaryKey id';

CREATE VIEW postgraphile_bench.amendment AS
  SELECT a.id, a.article_id, a.status, a.line_start, a.line_end, a.original_text,
         CASE WHEN ms.hidden THEN NULL ELSE a.proposed_text END AS proposed_text,
         a.created_at, a.author_id,
         CASE WHEN ms.hidden THEN 0 ELSE coalesce(t.agree, 0) END AS agree,
         CASE WHEN ms.hidden THEN 0 ELSE coalesce(t.mixed, 0) END AS mixed,
         CASE WHEN ms.hidden THEN 0 ELSE coalesce(t.disagree, 0) END AS disagree,
         CASE WHEN ms.hidden THEN 0 ELSE coalesce(t.agree + t.mixed + t.disagree, 0) END AS total
  FROM public.amendment a
  LEFT JOIN public.vote_tally t ON t.target_id = a.id
  LEFT JOIN public.moderation_state ms ON ms.target_id = a.id;
COMMENT ON VIEW postgraphile_bench.amendment IS
  E'@primaryKey id\n@foreignKey (article_id) references postgraphile_bench.article (id)\n@foreignKey (author_id) references postgraphile_bench.participant (id)';

CREATE VIEW postgraphile_bench.official_response AS
  SELECT id, target_id, decision, body, official_name, official_title, published_at
  FROM public.official_response WHERE status = 'PUBLISHED';
COMMENT ON VIEW postgraphile_bench.official_response IS
  E'@primaryKey id\n@foreignKey (target_id) references postgraphile_bench.amendment (id)';

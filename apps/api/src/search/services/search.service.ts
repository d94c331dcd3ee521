import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fromGlobalId } from '../../common/global-id.js';
import { badInput } from '../../common/errors.js';
import { type ConnectionShape, decodeCursor, toConnection } from '../../common/pagination.js';
import {
  SEARCH_KINDS,
  type SearchKind,
  type SearchArgs,
  type SearchMatch,
  SearchResult,
} from '../dto/search.types.js';
import { SearchException } from '../search.exception.js';
import { excerptParts, MARK_START, MARK_STOP, parseSearchQuery } from './search-query.js';

/** A search hit without its node and article (the resolvers load them through the registries). */
export type SearchHit = Omit<SearchResult, 'node' | 'article'>;

interface HitRow {
  kind: SearchKind;
  id: string;
  article_id: string | null;
  title: string | null;
  rank: number;
  sort_key: string;
  total: number;
  headline: string | null;
}

// Parameters of every statement: $1 consultation, $2 words and phrases, $3 prefixes, $4 article.
const FRENCH = `to_tsquery('amendo_french', $2::text)`;
const PREFIXES = `to_tsquery('amendo_simple', $3::text)`;
/** What must match: the words and phrases (stemmed) and the prefixes (whole words), all or any. */
const queryOf = (match: SearchMatch): string => {
  const operator = match === 'ANY' ? '||' : '&&';
  return `coalesce(${FRENCH} ${operator} ${PREFIXES}, ${FRENCH}, ${PREFIXES})`;
};
/**
 * What to highlight. Without prefixes, the stemmed query read with `amendo_french`: exactly the
 * inflections that matched. With prefixes, everything is read with `amendo_simple` (whole words,
 * unaccented): the prefixes, and the stems of the words as prefixes ("personnel" marks
 * "personnelles") — an approximation that can mark a few more words than matched.
 */
const STEMS_AS_PREFIXES = `regexp_replace(${FRENCH}::text, '''((?:[^'']|'''')*)''(:\\*)?', '''\\1'':*', 'g')::tsquery`;
const highlightOf = (hasPrefixes: boolean): { config: string; query: string } =>
  hasPrefixes
    ? {
        config: 'amendo_simple',
        query: `coalesce(${STEMS_AS_PREFIXES} || ${PREFIXES}, ${STEMS_AS_PREFIXES}, ${PREFIXES})`,
      }
    : { config: 'amendo_french', query: FRENCH };

/** Hidden by moderation: never found, for anyone (results and excerpts would show the text). */
const visible = (column: string): string =>
  `NOT EXISTS (SELECT 1 FROM moderation_state s WHERE s.target_id = ${column} AND s.hidden)`;

/** One branch per kind: the rows of the consultation that match, with their rank. */
const branchesOf = (QUERY: string): Record<SearchKind, string> => ({
  // One result per article: its best-matching version (the newest on a tie), past ones included.
  ARTICLE: `
    SELECT * FROM (
      SELECT DISTINCT ON (v.article_id) 'ARTICLE'::text AS kind, v.id, v.article_id, a.title,
             ts_rank(v.search_vector, ${QUERY})::float8 AS rank
      FROM article_version v JOIN article a ON a.id = v.article_id
      WHERE a.consultation_id = $1 AND v.search_vector @@ ${QUERY}
        AND ($4::uuid IS NULL OR v.article_id = $4::uuid)
      ORDER BY v.article_id, rank DESC, v.number DESC) versions`,
  AMENDMENT: `
    SELECT 'AMENDMENT'::text, m.id, m.article_id, NULL::text, ts_rank(m.search_vector, ${QUERY})::float8
    FROM amendment m
    WHERE m.consultation_id = $1 AND m.search_vector @@ ${QUERY}
      AND ($4::uuid IS NULL OR m.article_id = $4::uuid) AND ${visible('m.id')}`,
  PROPOSAL: `
    SELECT 'PROPOSAL'::text, p.id, NULL::uuid, p.title, ts_rank(p.search_vector, ${QUERY})::float8
    FROM proposal p
    WHERE p.consultation_id = $1 AND p.search_vector @@ ${QUERY}
      AND $4::uuid IS NULL AND ${visible('p.id')}`,
  // An argument about a hidden contribution is not found either.
  ARGUMENT: `
    SELECT 'ARGUMENT'::text, g.id, g.article_id, NULL::text, ts_rank(g.search_vector, ${QUERY})::float8
    FROM argument g
    WHERE g.consultation_id = $1 AND g.search_vector @@ ${QUERY}
      AND ($4::uuid IS NULL OR g.article_id = $4::uuid)
      AND ${visible('g.id')} AND ${visible('g.target_id')}`,
});

/** The text an excerpt is cut from, per kind (the proposal's title is shown apart). */
const DOCUMENT = `CASE page.kind
  WHEN 'ARTICLE' THEN (SELECT text FROM article_version WHERE id = page.id)
  WHEN 'AMENDMENT' THEN (SELECT proposed_text || E'\\n' || rationale FROM amendment WHERE id = page.id)
  WHEN 'PROPOSAL' THEN (SELECT body || E'\\n' || rationale FROM proposal WHERE id = page.id)
  ELSE (SELECT body FROM argument WHERE id = page.id) END`;

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Full-text search of a consultation: article versions, amendments, proposals and arguments in
 * one ranked list. A read model over the tables' `search_vector` columns (GIN-indexed) and the
 * moderation states; the nodes themselves are loaded by their own contexts.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(args: SearchArgs): Promise<ConnectionShape<SearchHit>> {
    const match = args.match ?? 'ALL';
    const parsed = parseSearchQuery(args.query, match);
    const articleUuid = args.articleId ? fromGlobalId(args.articleId, 'Article').id : null;
    const kinds = args.kinds && args.kinds.length > 0 ? args.kinds : SEARCH_KINDS;
    const [rankAfter, keyAfter] = args.after ? this.cursor(args.after) : [null, null];
    const [consultation] = (await this.dataSource.query(
      'SELECT id FROM consultation WHERE slug = $1',
      [args.consultationSlug],
    )) as { id: string }[];
    if (!consultation) throw SearchException.unknownConsultation();

    const branches = branchesOf(queryOf(match));
    const highlight = highlightOf(parsed.prefixes !== null);
    const hits = SEARCH_KINDS.filter((kind) => kinds.includes(kind))
      .map((kind) => branches[kind])
      .join('\n UNION ALL ');
    const params = [consultation.id, parsed.stemmed, parsed.prefixes, articleUuid];
    const rows = (await this.dataSource.query(
      `WITH hits (kind, id, article_id, title, rank) AS (${hits}),
       counted AS (SELECT hits.*, (kind || ':' || id) COLLATE "C" AS sort_key, count(*) OVER () AS total FROM hits),
       page AS (
         SELECT * FROM counted
         WHERE $5::float8 IS NULL OR rank < $5::float8 OR (rank = $5::float8 AND sort_key > $6::text COLLATE "C")
         ORDER BY rank DESC, sort_key LIMIT ${args.first + 1})
       SELECT page.kind, page.id, page.article_id, page.title, page.rank, page.sort_key,
              page.total::int AS total,
              ts_headline('${highlight.config}', translate(${DOCUMENT}, E'\\uE000\\uE001', ''),
                          ${highlight.query}, $7::text) AS headline
       FROM page ORDER BY page.rank DESC, page.sort_key`,
      [...params, rankAfter, keyAfter, HEADLINE_OPTIONS],
    )) as HitRow[];
    const totalCount =
      rows[0]?.total ??
      (
        (await this.dataSource.query(
          `WITH hits (kind, id, article_id, title, rank) AS (${hits}) SELECT count(*)::int AS n FROM hits`,
          params,
        )) as [{ n: number }]
      )[0].n;
    return toConnection(rows, args, totalCount, (row) => [row.rank, row.sort_key], toHit);
  }

  private cursor(after: string): [number, string] {
    const [rank, key] = decodeCursor(after, 2);
    if (typeof rank !== 'number' || !Number.isFinite(rank) || typeof key !== 'string') {
      throw badInput('Le curseur « after » est invalide : reprenez la pagination depuis le début.');
    }
    return [rank, key.slice(0, 100)];
  }
}

function toHit(row: HitRow): SearchHit {
  return {
    kind: row.kind,
    uuid: row.id,
    articleUuid: row.article_id,
    title: row.title,
    rank: row.rank,
    excerpt: excerptParts(row.headline ?? ''),
  };
}

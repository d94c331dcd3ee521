import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { Clock } from './clock.js';
import type { DataVersion } from './data-version.js';
import type { RequestContext } from './request-context.js';

export interface ResponseCacheOptions {
  /** How many answers are kept (the least recently stored go first). */
  readonly maxEntries: number;
  /**
   * How long (on the application's clock) an answer may be served while no write happened:
   * what changes with time alone (a phase opening at its date, an obligation falling overdue)
   * shows at most this late.
   */
  readonly ttlMs: number;
  /** Answers larger than this (JSON characters) are not kept. */
  readonly maxChars: number;
}

export const RESPONSE_CACHE_DEFAULTS: ResponseCacheOptions = {
  maxEntries: 500,
  ttlMs: 1_000,
  maxChars: 2_000_000,
};

/** Header telling whether an answer came from the cache (`hit`) or was computed (`miss`). */
export const CACHE_HEADER = 'x-amendo-cache';

interface Entry {
  readonly version: number;
  readonly storedAt: number;
  readonly result: FormattedExecutionResult;
}

/**
 * Anonymous queries are answered from memory while nothing was written since they were
 * computed: every mutation bumps the data version before its answer leaves (so the very next
 * read computes afresh), other replicas' writes bump it through PostgreSQL NOTIFY, and an answer
 * is kept only under the version read *before* it was computed, and for a second at most of the
 * application's clock (what changes with time alone). Personal requests (a bearer
 * token or a session cookie), answers with errors and mutations are never kept. The query's
 * limits (depth, cost…) are still checked, before this runs.
 */
export function responseCachePlugin(
  dataVersion: DataVersion,
  clock: Clock,
  options: ResponseCacheOptions = RESPONSE_CACHE_DEFAULTS,
): ApolloServerPlugin<RequestContext> {
  const entries = new Map<string, Entry>();
  return {
    async requestDidStart({ contextValue }) {
      const headers = contextValue.req.headers;
      const personal = Boolean(
        headers.authorization || headers.cookie?.includes('amendo_session='),
      );
      // Read before anything is computed: a write committed after this voids what we compute.
      const version = dataVersion.current();
      let key: string | undefined;
      let hit = false;
      return {
        async responseForOperation({ operation, source, request }) {
          if (operation.operation !== 'query' || personal || version === undefined) return null;
          key = `${request.operationName ?? ''}\u0000${source}\u0000${JSON.stringify(request.variables ?? {})}`;
          const entry = entries.get(key);
          const age = clock.now().getTime() - (entry?.storedAt ?? 0);
          if (!entry || entry.version !== version || age < 0 || age > options.ttlMs) return null;
          hit = true;
          const response: GraphQLResponse = {
            http: { headers: new HeaderMap([[CACHE_HEADER, 'hit']]), status: undefined },
            body: { kind: 'single', singleResult: entry.result },
          };
          return response;
        },
        async willSendResponse({ operation, response }) {
          if (operation?.operation === 'mutation') {
            await dataVersion.bump();
            return;
          }
          if (hit || key === undefined || version === undefined) return;
          response.http.headers.set(CACHE_HEADER, 'miss');
          const body = response.body;
          if (body.kind !== 'single' || body.singleResult.errors?.length) return;
          if (JSON.stringify(body.singleResult).length > options.maxChars) return;
          entries.delete(key);
          entries.set(key, { version, storedAt: clock.now().getTime(), result: body.singleResult });
          if (entries.size > options.maxEntries) {
            const oldest = entries.keys().next().value;
            if (oldest !== undefined) entries.delete(oldest);
          }
        },
      };
    },
  };
}

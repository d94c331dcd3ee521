import type { IncomingHttpHeaders } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
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
  /** The answer as Apollo sends it (JSON and a newline): the same bytes, the same ETag. */
  readonly body: string;
}

/** What names one answer: the operation, its text and its variables. */
interface CacheableRequest {
  readonly operationName?: unknown;
  readonly query?: unknown;
  readonly variables?: unknown;
}

/**
 * Anonymous queries are answered from memory while nothing was written since they were
 * computed: every mutation bumps the data version before its answer leaves (so the very next
 * read computes afresh), other replicas' writes bump it through PostgreSQL NOTIFY, and an answer
 * is kept only under the version read *before* it was computed, and for a second at most of the
 * application's clock (what changes with time alone). Personal requests (a bearer token or a
 * session cookie), answers with errors and mutations are never kept.
 *
 * Apollo's plugin (`plugin()`) stores answers once computed — after the query's limits (depth,
 * cost…) were checked — and bumps the version after mutations; the HTTP middleware
 * (`middleware`) answers the same request again from memory before GraphQL runs at all: the same
 * text with the same variables passes the same limits.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly dataVersion: DataVersion,
    private readonly clock: Clock,
    private readonly options: ResponseCacheOptions = RESPONSE_CACHE_DEFAULTS,
  ) {}

  /** The key of a request, or undefined when it cannot be kept (no query text). */
  static keyOf(request: CacheableRequest): string | undefined {
    if (typeof request.query !== 'string') return undefined;
    const name = typeof request.operationName === 'string' ? request.operationName : '';
    return `${name}\u0000${request.query}\u0000${JSON.stringify(request.variables ?? {})}`;
  }

  private static personal(headers: IncomingHttpHeaders): boolean {
    return Boolean(headers.authorization || headers.cookie?.includes('amendo_session='));
  }

  /** The answer kept for `key`, if it is still true now. */
  private lookup(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    const version = this.dataVersion.current();
    if (!entry || version === undefined || entry.version !== version) return undefined;
    const age = this.clock.now().getTime() - entry.storedAt;
    return age < 0 || age > this.options.ttlMs ? undefined : entry;
  }

  private store(key: string, version: number, result: FormattedExecutionResult): void {
    const body = `${JSON.stringify(result)}\n`;
    if (body.length > this.options.maxChars) return;
    this.entries.delete(key);
    this.entries.set(key, { version, storedAt: this.clock.now().getTime(), body });
    if (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /** Answers a kept anonymous query before GraphQL runs; passes everything else on. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'POST' && req.method !== 'GET') || ResponseCache.personal(req.headers)) {
      return next();
    }
    let request: CacheableRequest | undefined;
    if (req.method === 'POST') {
      request = req.body as CacheableRequest | undefined;
    } else {
      const { query, operationName, variables } = req.query as Record<string, unknown>;
      try {
        request = {
          query,
          operationName,
          variables: typeof variables === 'string' ? JSON.parse(variables) : variables,
        };
      } catch {
        return next(); // GraphQL explains the bad variables
      }
    }
    const key = request && typeof request === 'object' ? ResponseCache.keyOf(request) : undefined;
    const entry = key === undefined ? undefined : this.lookup(key);
    if (!entry) return next();
    res.setHeader(CACHE_HEADER, 'hit');
    res.type('application/json').send(entry.body);
  };

  plugin(): ApolloServerPlugin<RequestContext> {
    return {
      requestDidStart: async ({ contextValue, request }) => {
        const personal = ResponseCache.personal(contextValue.req.headers);
        // Read before anything is computed: a write committed after this voids what we compute.
        const version = this.dataVersion.current();
        const key = personal ? undefined : ResponseCache.keyOf(request);
        return {
          willSendResponse: async ({ operation, response }) => {
            if (operation?.operation === 'mutation') {
              await this.dataVersion.bump();
              return;
            }
            if (operation?.operation !== 'query' || key === undefined || version === undefined) {
              return;
            }
            response.http.headers.set(CACHE_HEADER, 'miss');
            const body = response.body;
            if (body.kind === 'single' && !body.singleResult.errors?.length) {
              this.store(key, version, body.singleResult);
            }
          },
        };
      },
    };
  }
}

import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** How long shared caches may keep an anonymous GET query's answer. */
export const PUBLIC_MAX_AGE_SECONDS = 30;

/**
 * Public GET queries are cacheable: anonymous ones for 30 s by any cache, with the ETag that
 * Express computes (a conditional request gets 304 Not Modified); anything personal or any
 * POST is `no-store`.
 */
@Injectable()
export class HttpCacheMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const personal = Boolean(
      req.headers.authorization || req.headers.cookie?.includes('amendo_session='),
    );
    res.setHeader('Vary', 'Authorization, Cookie');
    res.setHeader(
      'Cache-Control',
      req.method === 'GET' && !personal
        ? `public, max-age=${PUBLIC_MAX_AGE_SECONDS}, stale-while-revalidate=${PUBLIC_MAX_AGE_SECONDS * 2}`
        : req.method === 'GET'
          ? 'private, no-store'
          : 'no-store',
    );
    next();
  }
}

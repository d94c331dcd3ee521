import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { AmendoConfig } from '../config/config.js';
import { AMENDO_CONFIG } from '../config/config.token.js';
import { ResponseCache } from './response-cache.js';

/** Anonymous queries kept by the response cache are answered here, before GraphQL runs. */
@Injectable()
export class ResponseCacheMiddleware implements NestMiddleware {
  constructor(
    @Inject(ResponseCache) private readonly cache: ResponseCache,
    @Inject(AMENDO_CONFIG) private readonly config: AmendoConfig,
  ) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (!this.config.responseCache) return next();
    this.cache.middleware(req, res, next);
  }
}

import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AmendoException } from './errors.js';
import { LIMITS, RateLimiter } from './rate-limit.service.js';

/** The general per-IP limit of the API (1,000 requests a minute by default). */
@Injectable()
export class ApiRateLimitMiddleware implements NestMiddleware {
  constructor(private readonly limits: RateLimiter) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      await this.limits.consume(LIMITS.api(req.ip ?? 'unknown'));
      next();
    } catch (error) {
      if (!(error instanceof AmendoException)) return next(error);
      const retryAfter = Number(error.details?.retryAfter ?? 60);
      res
        .status(429)
        .setHeader('Retry-After', String(retryAfter))
        .json({
          errors: [{ message: error.message, extensions: { code: error.code, retryAfter } }],
        });
    }
  }
}

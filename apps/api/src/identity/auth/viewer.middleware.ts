import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Viewer } from '../../common/access.decorators.js';
import { SessionService } from '../services/session.service.js';
import { credentialsOf } from './credentials.js';

export interface AuthenticatedRequest extends Request {
  viewer?: Viewer;
  authVia?: 'cookie' | 'bearer';
}

/** Resolves the viewer of a request once (anonymous requests cost no query). */
@Injectable()
export class ViewerMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionService) {}

  async use(req: AuthenticatedRequest, _res: Response, next: NextFunction): Promise<void> {
    try {
      const credentials = credentialsOf(req);
      if (credentials) {
        req.viewer = await this.sessions.viewerOf(credentials.token);
        if (req.viewer) req.authVia = credentials.via;
      }
      next();
    } catch (error) {
      next(error);
    }
  }
}

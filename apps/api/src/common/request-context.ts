import type { Request, Response } from 'express';
import type { RequestLoaders } from './loaders.js';

/** What every resolver receives as GraphQL context. */
export interface RequestContext {
  readonly req: Request;
  readonly res: Response;
  readonly loaders: RequestLoaders;
}

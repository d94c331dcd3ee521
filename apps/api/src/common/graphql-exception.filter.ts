import { type ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { AmendoException, type ErrorCode } from './errors.js';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/** What body-parser reports (too large, malformed JSON), as a message a person can act on. */
function bodyError(error: unknown): { status: number; message: string } | undefined {
  const type = (error as { type?: string } | undefined)?.type;
  if (type === 'entity.too.large') {
    return {
      status: 413,
      message: 'La requête est trop volumineuse (512 Ko au plus) : raccourcissez le texte envoyé.',
    };
  }
  if (type === 'entity.parse.failed') {
    return { status: 400, message: 'Le corps de la requête n’est pas du JSON valide.' };
  }
  return undefined;
}

/**
 * GraphQL errors go to Apollo untouched (and unlogged): `formatError` maps them for clients and
 * logs only the unexpected ones. On plain HTTP routes, domain errors and body-parser errors get
 * a JSON answer in the GraphQL error shape, with `extensions.code`; the rest is Nest's.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return error;
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request>();
    const body = bodyError(error) ?? bodyError((error as { cause?: unknown } | undefined)?.cause);
    if (error instanceof AmendoException || body) {
      const code = error instanceof AmendoException ? error.code : 'BAD_USER_INPUT';
      const status = body?.status ?? STATUS[code];
      const message = body?.message ?? (error as Error).message;
      res.status(status).json({ errors: [{ message, extensions: { code, path: req.path } }] });
      return undefined;
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      const status = error.getStatus();
      const code: ErrorCode =
        status === 401
          ? 'UNAUTHENTICATED'
          : status === 403
            ? 'FORBIDDEN'
            : status === 404
              ? 'NOT_FOUND'
              : status === 429
                ? 'RATE_LIMITED'
                : 'BAD_USER_INPUT';
      const message =
        status === 413
          ? bodyError({ type: 'entity.too.large' })?.message
          : status === 404
            ? 'Cette adresse n’existe pas.'
            : 'Requête invalide : vérifiez l’adresse et les paramètres.';
      res.status(status).json({ errors: [{ message, extensions: { code, path: req.path } }] });
      return undefined;
    }
    return super.catch(error, host);
  }
}

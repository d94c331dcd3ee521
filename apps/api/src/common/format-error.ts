import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { AmendoException } from './errors.js';

const INTERNAL_MESSAGE =
  'Une erreur interne est survenue. Rien n’a été enregistré ; réessayez dans un instant.';

/** Codes that GraphQL itself sets (syntax, validation, …) and that we pass through as they are. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function validationMessage(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'object' && response && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (Array.isArray(message)) return message.join(' ');
    if (typeof message === 'string') return message;
  }
  return error.message;
}

/**
 * The one place that turns errors into what clients see: domain errors keep their code and
 * message; validation errors become BAD_USER_INPUT; anything else is logged and becomes a
 * generic INTERNAL_SERVER_ERROR. No stack trace ever leaves the server.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logError: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof AmendoException) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(original.details ?? {}) },
    };
  }
  if (original instanceof HttpException && original.getStatus() < 500) {
    const status = original.getStatus();
    const code =
      status === 401
        ? 'UNAUTHENTICATED'
        : status === 403
          ? 'FORBIDDEN'
          : status === 404
            ? 'NOT_FOUND'
            : status === 429
              ? 'RATE_LIMITED'
              : 'BAD_USER_INPUT';
    return { ...base, message: validationMessage(original), extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  logError(original);
  return { ...base, message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

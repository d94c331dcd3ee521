/** The codes a client finds in `extensions.code` (the design's list). */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

/**
 * A domain error a person can act on: a code and a French message. Contexts throw it (or a
 * subclass named after them); one place, the GraphQL error formatter, maps it for clients.
 */
export class AmendoException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export const notFound = (what: string): AmendoException =>
  new AmendoException('NOT_FOUND', `${what} introuvable.`);

export const badInput = (message: string, details?: Record<string, unknown>): AmendoException =>
  new AmendoException('BAD_USER_INPUT', message, details);

import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * Hands GraphQL errors to Apollo untouched (and unlogged): `formatError` maps them to what
 * clients see and logs only the unexpected ones. Other contexts (HTTP routes) keep Nest's handling.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') return super.catch(error, host);
    return error;
  }
}

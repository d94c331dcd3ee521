import {
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RoleName } from '../identity/entities/participant.entity.js';
import { PUBLIC_KEY } from './public.decorator.js';

export { Public } from './public.decorator.js';

export const ACCESS_KEY = 'amendo:access';

/**
 * Who may call a resolver. Every resolver states one (a test fails the build otherwise):
 * - `@Public()`: anyone, no account needed — public reads, register, login;
 * - `@Authenticated()`: a logged-in participant who is not suspended (contributions, votes);
 *   `@Authenticated({ allowSuspended: true })` also lets suspended participants in (their
 *   account, logout, appeals);
 * - `@Roles('ADMIN', …)`: a logged-in, non-suspended participant holding one of these roles.
 * Ownership ("only the author may withdraw") is checked by the service that owns the data.
 */
export interface AccessRule {
  readonly roles?: readonly RoleName[];
  readonly allowSuspended?: boolean;
}

export const Authenticated = (
  options: { allowSuspended?: boolean } = {},
): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_KEY, { allowSuspended: options.allowSuspended ?? false } satisfies AccessRule);

export const Roles = (...roles: RoleName[]): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(ACCESS_KEY, { roles, allowSuspended: false } satisfies AccessRule));

/** The participant making the request (set by the auth guard), or undefined when anonymous. */
export interface Viewer {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly roles: readonly RoleName[];
  readonly officialTitle: string | null;
  readonly suspendedUntil: Date | null;
  /** The session of this request. */
  readonly sessionId: string;
}

/** `@CurrentViewer() viewer: Viewer | undefined` in a resolver. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: { viewer?: Viewer } }>().req
      : context.switchToHttp().getRequest<{ viewer?: Viewer }>();
  return request.viewer;
});

export { PUBLIC_KEY };

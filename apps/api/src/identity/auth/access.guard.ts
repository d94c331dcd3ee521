import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ACCESS_KEY, type AccessRule } from '../../common/access.decorators.js';
import { AmendoException } from '../../common/errors.js';
import { PUBLIC_KEY } from '../../common/public.decorator.js';
import { csrfValid } from './credentials.js';
import type { AuthenticatedRequest } from './viewer.middleware.js';

const dateFr = (date: Date): string =>
  date.toLocaleDateString('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  });

/**
 * The one place that enforces who may call what: every resolver and route states `@Public()`,
 * `@Authenticated()` or `@Roles(…)` (a test fails the build when one states nothing), and
 * cookie-authenticated mutations must carry the CSRF header.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const rule = this.reflector.getAllAndOverride<AccessRule>(ACCESS_KEY, targets);
    const { req, mutation } = this.requestOf(context);

    if (mutation && req.authVia === 'cookie' && !csrfValid(req)) {
      throw new AmendoException(
        'FORBIDDEN',
        'Jeton de sécurité (CSRF) manquant ou invalide : rechargez la page.',
        {
          reason: 'CSRF',
        },
      );
    }
    if (rule === undefined) {
      if (isPublic) return true;
      throw new Error(
        `${context.getClass().name}.${context.getHandler().name} states no access rule`,
      );
    }
    const viewer = req.viewer;
    if (!viewer)
      throw new AmendoException('UNAUTHENTICATED', 'Connectez-vous pour continuer.', {
        reason: 'NOT_LOGGED_IN',
      });
    if (!rule.allowSuspended && viewer.suspendedUntil && viewer.suspendedUntil > new Date()) {
      throw new AmendoException(
        'FORBIDDEN',
        `Votre compte est suspendu jusqu’au ${dateFr(viewer.suspendedUntil)} : vous pouvez lire et faire appel, mais pas contribuer.`,
        { reason: 'SUSPENDED' },
      );
    }
    if (rule.roles && !rule.roles.some((role) => viewer.roles.includes(role))) {
      throw new AmendoException(
        'FORBIDDEN',
        'Votre compte n’a pas le rôle nécessaire pour cette action.',
        {
          reason: 'MISSING_ROLE',
        },
      );
    }
    return true;
  }

  private requestOf(context: ExecutionContext): { req: AuthenticatedRequest; mutation: boolean } {
    if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      const info = gql.getInfo<GraphQLResolveInfo>();
      return {
        req: gql.getContext<{ req: AuthenticatedRequest }>().req,
        mutation: info.operation.operation === 'mutation' && info.parentType.name === 'Mutation',
      };
    }
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return { req, mutation: !['GET', 'HEAD', 'OPTIONS'].includes(req.method) };
  }
}

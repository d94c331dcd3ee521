import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Authenticated,
  CurrentViewer,
  Public,
  type Viewer,
} from '../../common/access.decorators.js';
import type { RequestContext } from '../../common/request-context.js';
import { clearSessionCookies, credentialsOf, setSessionCookies } from '../auth/credentials.js';
import { LoginInput, RegisterInput, UpdateAccountInput } from '../dto/account.inputs.js';
import { toViewer } from '../dto/mappers.js';
import { AuthPayload, ViewerType } from '../dto/participant.type.js';
import { AccountService, type SessionGrant } from '../services/account.service.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly accounts: AccountService) {}

  @Public()
  @Query(() => ViewerType, {
    nullable: true,
    description: 'The logged-in participant; null when anonymous.',
  })
  viewer(@CurrentViewer() viewer: Viewer | undefined): ViewerType | null {
    return viewer ? toViewer(viewer) : null;
  }

  @Public()
  @Mutation(() => AuthPayload)
  async register(
    @Args('input') input: RegisterInput,
    @Context() context: RequestContext,
  ): Promise<AuthPayload> {
    return this.open(await this.accounts.register(input, this.requestInfo(context)), context);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(
    @Args('input') input: LoginInput,
    @Context() context: RequestContext,
  ): Promise<AuthPayload> {
    return this.open(await this.accounts.login(input, this.requestInfo(context)), context);
  }

  @Authenticated({ allowSuspended: true })
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async logout(
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    await this.accounts.logout(viewer);
    clearSessionCookies(context.res, this.accounts.secureCookies);
    return true;
  }

  @Authenticated({ allowSuspended: true })
  @Mutation(() => Boolean, { description: 'Ends every session of the account, on every device.' })
  async logoutEverywhere(
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    await this.accounts.logoutEverywhere(viewer);
    clearSessionCookies(context.res, this.accounts.secureCookies);
    return true;
  }

  @Authenticated({ allowSuspended: true })
  @Mutation(() => ViewerType, {
    description: 'Changes the display name and/or the password (current one required).',
  })
  async updateAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateAccountInput,
  ): Promise<ViewerType> {
    return toViewer(await this.accounts.update(viewer, input));
  }

  @Authenticated({ allowSuspended: true })
  @Mutation(() => Boolean, {
    description:
      'Deletes the account and its personal data; contributions stay, attributed to "Participant·e supprimé·e".',
  })
  async deleteAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('password') password: string,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    await this.accounts.delete(viewer, password.slice(0, 1000));
    clearSessionCookies(context.res, this.accounts.secureCookies);
    return true;
  }

  private requestInfo(context: RequestContext): {
    ip: string;
    userAgent?: string;
    previousToken?: string;
  } {
    return {
      ip: context.req.ip ?? 'unknown',
      userAgent: context.req.headers['user-agent'],
      previousToken: credentialsOf(context.req)?.token,
    };
  }

  private open(grant: SessionGrant, context: RequestContext): AuthPayload {
    setSessionCookies(context.res, grant.token, grant.expiresAt, this.accounts.secureCookies);
    return Object.assign(new AuthPayload(), {
      token: grant.token,
      viewer: toViewer(grant.participant),
    });
  }
}

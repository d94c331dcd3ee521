import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  Authenticated,
  CurrentViewer,
  Public,
  Roles,
  type Viewer,
} from '../../common/access.decorators.js';
import { fromGlobalId } from '../../common/global-id.js';
import { Node, NodeRegistry } from '../../common/node.js';
import { type ConnectionShape, PageArgs } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import {
  Appeal,
  AppealInput,
  DecideAppealInput,
  ModerateInput,
  ModerationAction,
  ModerationActionConnection,
  ModerationSettings,
  ModerationSettingsInput,
  QueueItem,
  Report,
  ReportInput,
} from '../dto/moderation.types.js';
import { ModerationReader } from '../services/moderation-reader.service.js';
import { ModerationService } from '../services/moderation.service.js';

@Resolver(() => ModerationAction)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly reader: ModerationReader,
    private readonly nodes: NodeRegistry,
  ) {}

  @Authenticated()
  @Mutation(() => Report, {
    description: 'Reports a contribution to the moderators (once per participant).',
  })
  reportContribution(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReportInput,
  ): Promise<Report> {
    return this.moderation.report(viewer, input);
  }

  @Roles('MODERATOR')
  @Mutation(() => ModerationAction, {
    description: 'A moderation action, always with a statement of reasons (public).',
  })
  moderate(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ModerateInput,
  ): Promise<ModerationAction> {
    return this.moderation.moderate(viewer, input);
  }

  @Authenticated({ allowSuspended: true })
  @Mutation(() => Appeal, {
    description: 'The person concerned appeals a hiding or a suspension, once.',
  })
  appealModeration(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AppealInput,
  ): Promise<Appeal> {
    return this.moderation.appeal(viewer, input);
  }

  @Roles('MODERATOR')
  @Mutation(() => Appeal, {
    description: 'Decides an appeal: by another moderator than the one who acted.',
  })
  decideAppeal(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DecideAppealInput,
  ): Promise<Appeal> {
    return this.moderation.decideAppeal(viewer, input);
  }

  @Public()
  @Query(() => ModerationActionConnection, {
    description: 'The public moderation log of a consultation.',
  })
  moderationLog(
    @Args('consultationSlug') consultationSlug: string,
    @Args() page: PageArgs,
  ): Promise<ConnectionShape<ModerationAction>> {
    return this.reader.log(consultationSlug.slice(0, 200), page);
  }

  @Roles('MODERATOR')
  @Query(() => [QueueItem], {
    description: 'Open reports grouped by contribution, most severe and oldest first.',
  })
  async moderationQueue(
    @Context() context: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<QueueItem[]> {
    const rows = await this.reader.queue(Math.min(Math.max(first, 1), 100));
    const targets = await Promise.all(
      rows.map((row) => this.nodes.load(row.targetKind, row.targetUuid, context)),
    );
    return rows.flatMap((row, index) => {
      const target = targets[index];
      return target ? [Object.assign(new QueueItem(), { ...row, target })] : [];
    });
  }

  @Roles('ADMIN')
  @Mutation(() => ModerationSettings, {
    description: 'Sets how reports hide contributions in a consultation.',
  })
  setModerationSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ModerationSettingsInput,
  ): Promise<ModerationSettings> {
    return this.moderation.setSettings(viewer, input);
  }

  @Public()
  @Query(() => ModerationSettings, {
    description: 'How reports hide contributions in a consultation.',
  })
  async moderationSettings(
    @Args('consultationId', { type: () => ID }) consultationId: string,
  ): Promise<ModerationSettings> {
    return this.moderation.settings(fromGlobalId(consultationId.slice(0, 200), 'Consultation').id);
  }

  @Roles('MODERATOR')
  @Query(() => [Appeal], { description: 'Appeals waiting for a decision, oldest first.' })
  moderationAppeals(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<Appeal[]> {
    return this.moderation.pendingAppeals(Math.min(Math.max(first, 1), 100));
  }

  @Public()
  @ResolveField(() => Node, {
    nullable: true,
    description: 'The contribution, or the participant for a suspension.',
  })
  target(
    @Parent() action: ModerationAction,
    @Context() context: RequestContext,
  ): Promise<Node | null> {
    if (action.targetUuid && action.targetKind)
      return this.nodes.load(action.targetKind, action.targetUuid, context);
    if (action.participantUuid)
      return this.nodes.load('Participant', action.participantUuid, context);
    return Promise.resolve(null);
  }
}

@Resolver(() => Appeal)
export class AppealResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Public()
  @ResolveField(() => ModerationAction, { description: 'The decision appealed.' })
  async action(
    @Parent() appeal: Appeal,
    @Context() context: RequestContext,
  ): Promise<ModerationAction> {
    const action = await context.loaders.load(
      'moderationActionById',
      (ids: readonly string[]) => this.moderation.actionsByIds(ids),
      appeal.actionUuid,
    );
    if (!action) throw new Error(`Appeal without its action ${appeal.actionUuid}`);
    return action;
  }
}

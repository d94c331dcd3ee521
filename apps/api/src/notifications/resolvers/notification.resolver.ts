import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Authenticated,
  CurrentViewer,
  Public,
  type Viewer,
} from '../../common/access.decorators.js';
import { parseGlobalId } from '../../common/global-id.js';
import { Node, NodeRegistry } from '../../common/node.js';
import type { ConnectionShape } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { ViewerType } from '../../identity/dto/participant.type.js';
import {
  MarkNotificationsReadArgs,
  Notification,
  NotificationConnection,
  NotificationListArgs,
  NotificationPreference,
  SetNotificationPreferencesInput,
} from '../dto/notification.types.js';
import { NotificationService } from '../services/notification.service.js';

/** The participant a `Viewer` object stands for: only ever the caller (or who just logged in). */
const participantOf = (viewer: ViewerType): string => parseGlobalId(viewer.id)?.id ?? '';

/** The inbox on `Viewer` (whose every field is its own participant's) and its mutations. */
@Resolver(() => ViewerType)
export class ViewerNotificationsResolver {
  constructor(private readonly inbox: NotificationService) {}

  @Public()
  @ResolveField(() => NotificationConnection, { description: 'The inbox, newest first.' })
  notifications(
    @Parent() viewer: ViewerType,
    @Args() args: NotificationListArgs,
  ): Promise<ConnectionShape<Notification>> {
    return this.inbox.list(participantOf(viewer), args);
  }

  @Public()
  @ResolveField(() => Int)
  unreadNotificationCount(@Parent() viewer: ViewerType): Promise<number> {
    return this.inbox.unreadCount(participantOf(viewer));
  }

  @Public()
  @ResolveField(() => [NotificationPreference], {
    description: 'For each kind, whether it is also emailed (the inbox always has it).',
  })
  notificationPreferences(@Parent() viewer: ViewerType): Promise<NotificationPreference[]> {
    return this.inbox.preferences(participantOf(viewer));
  }

  @Authenticated({ allowSuspended: true })
  @Mutation(() => Int, {
    description: 'Marks some of the viewer’s notifications read; returns the unread count left.',
  })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MarkNotificationsReadArgs,
  ): Promise<number> {
    return this.inbox.markRead(viewer, args.ids);
  }

  @Authenticated({ allowSuspended: true })
  @Mutation(() => Int, { description: 'Marks the whole inbox read; returns 0.' })
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.inbox.markRead(viewer, 'all');
  }

  @Authenticated({ allowSuspended: true })
  @Mutation(() => [NotificationPreference], {
    description: 'Chooses which kinds of notification are also sent by email.',
  })
  setNotificationPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetNotificationPreferencesInput,
  ): Promise<NotificationPreference[]> {
    return this.inbox.setPreferences(viewer, input.preferences);
  }
}

@Public()
@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly nodes: NodeRegistry) {}

  @ResolveField(() => Node, {
    nullable: true,
    description: 'The contribution it is about, when there is one.',
  })
  subject(
    @Parent() notification: Notification,
    @Context() context: RequestContext,
  ): Promise<Node | null> {
    return notification.subjectType && notification.subjectUuid
      ? this.nodes.load(notification.subjectType, notification.subjectUuid, context)
      : Promise.resolve(null);
  }

  @ResolveField(() => Boolean)
  read(@Parent() notification: Notification): boolean {
    return notification.readAt !== null;
  }
}

import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../common/node.js';
import { IdentityModule } from '../identity/identity.module.js';
import { Clock } from './clock.js';
import {
  NotificationResolver,
  ViewerNotificationsResolver,
} from './resolvers/notification.resolver.js';
import { EventNotifier } from './services/event-notifier.service.js';
import { MailOutbox } from './services/mail-outbox.service.js';
import { NotificationWorker } from './services/notification-worker.service.js';
import { NotificationService } from './services/notification.service.js';

/**
 * Notifications: each participant's inbox, email preferences, and the mail outbox delivered over
 * SMTP by a worker. Other contexts call `NotificationService.notify` in their transaction; events
 * of contexts it never imports (amendments, moderation) reach it through the event log.
 */
@Module({
  imports: [IdentityModule],
  providers: [
    Clock,
    NotificationService,
    EventNotifier,
    MailOutbox,
    NotificationWorker,
    ViewerNotificationsResolver,
    NotificationResolver,
  ],
  exports: [Clock, NotificationService],
})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    // Only its recipient can read a notification: null for anyone else.
    this.nodes.register('Notification', (uuid, context) => {
      const viewerId = (context.req as { viewer?: { id: string } }).viewer?.id;
      return context.loaders.load(
        'notificationById',
        (ids: readonly string[]) => this.notifications.byIds(ids, viewerId),
        uuid,
      );
    });
  }
}

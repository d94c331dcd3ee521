import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../common/node.js';
import { IdentityModule } from '../identity/identity.module.js';
import { AccountService } from '../identity/services/account.service.js';
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
    NotificationService,
    EventNotifier,
    MailOutbox,
    NotificationWorker,
    ViewerNotificationsResolver,
    NotificationResolver,
  ],
  exports: [NotificationService],
})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly notifications: NotificationService,
    private readonly accounts: AccountService,
  ) {}

  onModuleInit(): void {
    // A deleted account takes its inbox, preferences and unsent mails with it; the export has them.
    this.accounts.registerPersonalData({
      erase: async (manager, participantId) => {
        await manager.query(
          `UPDATE mail_outbox SET status = CASE WHEN status = 'PENDING' THEN 'CANCELLED' ELSE status END,
                  notification_id = NULL, subject = '', body = ''
           WHERE participant_id = $1`,
          [participantId],
        );
        await manager.query(`DELETE FROM notification_preference WHERE participant_id = $1`, [
          participantId,
        ]);
        await manager.query(`DELETE FROM notification WHERE participant_id = $1`, [participantId]);
      },
      export: async (participantId) => ({
        notifications: await this.notifications.exportFor(participantId),
      }),
    });
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

import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventNotifier } from './event-notifier.service.js';
import { MailOutbox } from './mail-outbox.service.js';

export const WORKER_INTERVAL_MS = 2_000;

/**
 * Runs the notification work in the background of every API replica: events become
 * notifications, then due mails are delivered. Started when the application starts (not when
 * it is built without a database, to print the schema), stopped — the current round finished —
 * when it shuts down. Tests stop it and call `runOnce` (or the services) themselves.
 */
@Injectable()
export class NotificationWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NotificationWorker.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: EventNotifier,
    private readonly outbox: MailOutbox,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.dataSource.isInitialized) return;
    if (!this.outbox.enabled) {
      this.logger.warn(
        'SMTP_URL n’est pas défini : les courriels de notification restent dans la file d’envoi (mail_outbox).',
      );
    }
    this.start();
  }

  /** Before the database connection closes (that happens at application shutdown). */
  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  start(intervalMs = WORKER_INTERVAL_MS): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.runOnce(), intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for the round in progress, if any. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  get started(): boolean {
    return this.timer !== undefined;
  }

  /** One round; a round still running is not doubled. Never throws (errors are logged). */
  runOnce(): Promise<void> {
    this.running ??= this.round().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async round(): Promise<void> {
    try {
      await this.notifier.processEvents();
      await this.outbox.deliverDue();
    } catch (error) {
      this.logger.error(error);
    }
  }
}

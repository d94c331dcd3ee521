import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AmendoConfig } from '../../config/config.js';
import { AMENDO_CONFIG } from '../../config/config.token.js';
import { ParticipantService } from '../../identity/services/participant.service.js';
import { Clock } from '../../common/clock.js';
import type { MailOutboxRow } from '../entities/mail-outbox.entity.js';
import { isPermanentFailure, retryDelayMs } from './backoff.js';
import { logTransport, type MailTransport, smtpTransport } from './mail-transport.js';

/** A claimed mail is left to its claimer this long; after that another replica may retry it. */
export const CLAIM_LEASE_MS = 5 * 60 * 1000;
const BATCH = 20;

export interface DeliveryReport {
  readonly sent: number;
  /** Failed for now: retried later with back-off. */
  readonly retried: number;
  /** Refused for good by the server (5xx): kept as FAILED with the reason. */
  readonly failed: number;
  /** No address any more (account deleted): CANCELLED. */
  readonly cancelled: number;
}

const NOTHING: DeliveryReport = { sent: 0, retried: 0, failed: 0, cancelled: 0 };

/**
 * Delivers the mail outbox. Rows are claimed with `FOR UPDATE SKIP LOCKED` in one short
 * statement that also pushes their next attempt past a lease, so several API replicas deliver
 * side by side without sending a row twice and without holding a transaction open during SMTP;
 * a failure reschedules the row with exponential back-off, so nothing is lost while the server
 * is down. A replica that dies mid-send leaves its rows to be retried once the lease expires.
 */
@Injectable()
export class MailOutbox implements OnApplicationShutdown {
  private readonly logger = new Logger(MailOutbox.name);
  private readonly transport: MailTransport | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AMENDO_CONFIG) config: AmendoConfig,
    private readonly participants: ParticipantService,
    private readonly clock: Clock,
  ) {
    this.transport = config.smtpUrl
      ? smtpTransport(config.smtpUrl, config.mailFrom)
      : config.production
        ? null
        : logTransport(this.logger);
  }

  /** False in production without SMTP_URL: mails then wait in the outbox. */
  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Delivers what is due now, a batch at a time, until nothing is due. */
  async deliverDue(maxBatches = 50): Promise<DeliveryReport> {
    if (!this.transport) return NOTHING;
    let total = NOTHING;
    for (let batch = 0; batch < maxBatches; batch += 1) {
      const report = await this.deliverBatch(this.transport);
      total = {
        sent: total.sent + report.sent,
        retried: total.retried + report.retried,
        failed: total.failed + report.failed,
        cancelled: total.cancelled + report.cancelled,
      };
      if (report.sent + report.retried + report.failed + report.cancelled < BATCH) break;
    }
    return total;
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  private async deliverBatch(transport: MailTransport): Promise<DeliveryReport> {
    const now = this.clock.now();
    const [claimed] = (await this.dataSource.query(
      `UPDATE mail_outbox o SET attempts = o.attempts + 1, next_attempt_at = $2
       FROM (SELECT id FROM mail_outbox
             WHERE status = 'PENDING' AND next_attempt_at <= $1
             ORDER BY next_attempt_at, id LIMIT ${BATCH}
             FOR UPDATE SKIP LOCKED) due
       WHERE o.id = due.id
       RETURNING o.*`,
      [now, new Date(now.getTime() + CLAIM_LEASE_MS)],
    )) as [MailOutboxRow[], number];
    if (claimed.length === 0) return NOTHING;
    const recipients = await this.participants.byIds(claimed.map((row) => row.participant_id));
    const counts = { sent: 0, retried: 0, failed: 0, cancelled: 0 };
    for (const [index, row] of claimed.entries()) {
      const email = recipients[index]?.email;
      if (!email) {
        await this.finish(row, { status: 'CANCELLED', error: 'Plus d’adresse (compte supprimé).' });
        counts.cancelled += 1;
        continue;
      }
      try {
        await transport.send({
          to: email,
          subject: row.subject,
          text: row.body,
          messageId: `<${row.id}@amendo.outbox>`,
        });
        await this.finish(row, { status: 'SENT', transport: transport.name });
        counts.sent += 1;
      } catch (error) {
        const message = String((error as Error)?.message ?? error).slice(0, 1000);
        if (isPermanentFailure(error)) {
          this.logger.warn(`Courriel ${row.id} refusé par le serveur : ${message}`);
          await this.finish(row, { status: 'FAILED', error: message });
          counts.failed += 1;
        } else {
          const retryAt = new Date(this.clock.now().getTime() + retryDelayMs(row.attempts));
          this.logger.warn(
            `Courriel ${row.id} non remis (tentative ${row.attempts}), nouvel essai à ${retryAt.toISOString()} : ${message}`,
          );
          await this.finish(row, { status: 'PENDING', error: message, retryAt });
          counts.retried += 1;
        }
      }
    }
    return counts;
  }

  /** Records the outcome of the attempt this replica claimed (a no-op if another took over). */
  private async finish(
    row: MailOutboxRow,
    outcome:
      | { status: 'SENT'; transport: 'smtp' | 'log' }
      | { status: 'FAILED' | 'CANCELLED'; error: string }
      | { status: 'PENDING'; error: string; retryAt: Date },
  ): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.query(
      `UPDATE mail_outbox
       SET status = $3, sent_at = $4, transport = $5, last_error = $6,
           next_attempt_at = COALESCE($7, next_attempt_at)
       WHERE id = $1 AND attempts = $2 AND status = 'PENDING'`,
      [
        row.id,
        row.attempts,
        outcome.status,
        outcome.status === 'SENT' ? now : null,
        outcome.status === 'SENT' ? outcome.transport : null,
        outcome.status === 'SENT' ? null : outcome.error,
        outcome.status === 'PENDING' ? outcome.retryAt : null,
      ],
    );
  }
}

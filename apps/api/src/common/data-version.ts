import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL channel on which replicas tell each other that they wrote. */
export const DATA_CHANNEL = 'amendo_data';

/**
 * A number that changes whenever the data may have changed: bumped by this process after each
 * of its writes (before their answer leaves, so the very next read sees them) and by a NOTIFY
 * from any other replica. Caches keep an answer only as long as the number they read it at.
 *
 * While the listening connection is down the number cannot be trusted: `current()` is then
 * undefined and nothing may be served from a cache.
 */
export class DataVersion implements OnApplicationBootstrap, OnModuleDestroy {
  private version = 0;
  private listener: pg.Client | undefined;
  private listening = false;
  private connecting: Promise<void> | undefined;
  /** The NOTIFY being sent, and the one waiting for it (shared by the writes meanwhile). */
  private sending: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;
  /** Our own notifications come back to us: they are told apart by this. */
  private readonly instance = randomUUID();
  private stopped = false;
  private retryAfter = 0;
  private readonly logger = new Logger('DataVersion');

  /** `databaseUrl` undefined: a process alone (tests, tools), trusted without listening. */
  constructor(private readonly databaseUrl: string | undefined) {}

  /** Listens before the first request (a failure is retried by the reads). */
  async onApplicationBootstrap(): Promise<void> {
    if (this.databaseUrl !== undefined) await this.listen();
  }

  /** The version to read at, or undefined when other replicas' writes could go unnoticed. */
  current(): number | undefined {
    if (this.databaseUrl === undefined) return this.version;
    if (!this.listening) {
      void this.listen();
      return undefined;
    }
    return this.version;
  }

  /**
   * This process wrote: its own caches are void at once; the returned promise settles once the
   * other replicas have been told (a NOTIFY; writes in a burst share one).
   */
  bump(): Promise<void> {
    this.version += 1;
    if (!this.listener) return Promise.resolve();
    if (!this.queued) {
      const listener = this.listener;
      this.queued = this.sending.then(() => {
        this.queued = undefined;
        this.sending = listener
          .query('SELECT pg_notify($1, $2)', [DATA_CHANNEL, this.instance])
          .then(() => undefined)
          .catch(() => undefined);
        return this.sending;
      });
    }
    return this.queued;
  }

  private listen(): Promise<void> {
    if (this.stopped || this.listening || Date.now() < this.retryAfter) {
      return this.connecting ?? Promise.resolve();
    }
    if (this.connecting) return this.connecting;
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: 'amendo-listen',
    });
    const down = (error?: Error) => {
      if (this.listener !== client) return;
      this.listening = false;
      this.listener = undefined;
      this.version += 1;
      client.end().catch(() => undefined);
      if (error && !this.stopped)
        this.logger.warn(`listening for writes stopped: ${error.message}`);
    };
    client.on('notification', (message) => {
      if (message.payload !== this.instance) this.version += 1;
    });
    client.on('error', down);
    client.on('end', () => down());
    this.connecting = client
      .connect()
      .then(() => client.query(`LISTEN ${DATA_CHANNEL}`))
      .then(async () => {
        if (this.stopped) return client.end();
        this.listener = client;
        this.listening = true;
        // Whatever was cached before we listened may have missed a write.
        this.version += 1;
      })
      .catch((error: Error) => {
        client.end().catch(() => undefined);
        // Reads go uncached until we listen again; try again in a second.
        this.retryAfter = Date.now() + 1000;
        if (!this.stopped) this.logger.warn(`cannot listen for writes: ${error.message}`);
      })
      .finally(() => {
        this.connecting = undefined;
      });
    return this.connecting;
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    const client = this.listener;
    this.listener = undefined;
    this.listening = false;
    await this.connecting?.catch(() => undefined);
    await client?.end().catch(() => undefined);
  }
}

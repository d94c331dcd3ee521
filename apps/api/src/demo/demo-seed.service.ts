import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { ConsultationEntity } from '../consultations/entities/consultation.entity.js';
import { PlanWriter } from '../consultations/services/plan-writer.service.js';
import { ParticipantService } from '../identity/services/participant.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { DEMO_CONSULTATION } from './demo-consultation.js';

/** Any 64-bit number of our own: two replicas starting together seed once. */
const SEED_LOCK = 7_201_526_101;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Seeds the demo consultation and accounts, once: a second run finds them and writes nothing.
 * Writes go through the same services as any other write, events included, in one transaction.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participants: ParticipantService,
    private readonly plan: PlanWriter,
  ) {}

  /** Returns true when it seeded, false when the demo was already there. */
  async seed(now: Date = new Date()): Promise<boolean> {
    const passwordHash = await argon2.hash(DEMO_PASSWORD);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if (await manager.existsBy(ConsultationEntity, { slug: DEMO_CONSULTATION.slug }))
        return false;

      const accounts = new Map<string, string>();
      for (const account of DEMO_ACCOUNTS) {
        const existing = await this.participants.findByEmail(manager, account.email);
        const participant =
          existing ?? (await this.participants.create(manager, { ...account, passwordHash }));
        accounts.set(account.email, participant.id);
      }
      const adminId = accounts.get('admin@amendo.test') ?? null;

      const consultation = await this.plan.createConsultation(
        manager,
        {
          slug: DEMO_CONSULTATION.slug,
          title: DEMO_CONSULTATION.title,
          summary: DEMO_CONSULTATION.summary,
          opensAt: now,
          closesAt: new Date(now.getTime() + 60 * DAY_MS),
        },
        adminId,
      );
      let articles = 0;
      for (const demoSection of DEMO_CONSULTATION.sections) {
        const section = await this.plan.createSection(
          manager,
          consultation.id,
          demoSection.title,
          adminId,
        );
        for (const article of demoSection.articles) {
          await this.plan.createArticle(manager, section, article, adminId);
          articles += 1;
        }
      }
      this.logger.log(
        `Demo consultation "${DEMO_CONSULTATION.title}" seeded: ${DEMO_CONSULTATION.sections.length} sections, ` +
          `${articles} articles, ${DEMO_ACCOUNTS.length} accounts.`,
      );
      return true;
    });
  }
}

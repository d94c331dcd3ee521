import {
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type OnModuleInit,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { batchedNodeLoader, NodeRegistry } from '../common/node.js';
import { AccountDataController } from './account-data.controller.js';
import { AccessGuard } from './auth/access.guard.js';
import { ViewerMiddleware } from './auth/viewer.middleware.js';
import { toParticipant } from './dto/mappers.js';
import { ParticipantEntity } from './entities/participant.entity.js';
import { AuthResolver } from './resolvers/auth.resolver.js';
import { ParticipantResolver } from './resolvers/participant.resolver.js';
import { AccountService } from './services/account.service.js';
import { ParticipantService } from './services/participant.service.js';
import { SessionService } from './services/session.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ParticipantEntity])],
  controllers: [AccountDataController],
  providers: [
    ParticipantService,
    SessionService,
    AccountService,
    AuthResolver,
    ParticipantResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [ParticipantService, AccountService],
})
export class IdentityModule implements NestModule, OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly participants: ParticipantService,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ViewerMiddleware).forRoutes('*path');
  }

  onModuleInit(): void {
    this.nodes.register(
      'Participant',
      batchedNodeLoader('participantById', async (ids) =>
        (await this.participants.byIds(ids)).map((row) => (row ? toParticipant(row) : null)),
      ),
    );
  }
}

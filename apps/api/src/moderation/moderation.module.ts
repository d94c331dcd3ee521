import { Module, type OnModuleInit } from '@nestjs/common';
import { Visibility } from '../common/visibility.js';
import { IdentityModule } from '../identity/identity.module.js';
import { AppealResolver, ModerationResolver } from './resolvers/moderation.resolver.js';
import { ModerationReader } from './services/moderation-reader.service.js';
import { ModerationService } from './services/moderation.service.js';

/** Reports, actions with reasons, appeals, the public log; registers moderation states for everyone. */
@Module({
  imports: [IdentityModule],
  providers: [ModerationService, ModerationReader, ModerationResolver, AppealResolver],
  exports: [ModerationService],
})
export class ModerationModule implements OnModuleInit {
  constructor(
    private readonly visibility: Visibility,
    private readonly moderation: ModerationService,
  ) {}

  onModuleInit(): void {
    this.visibility.registerStates((uuids, manager) => this.moderation.states(uuids, manager));
  }
}

import { Module } from '@nestjs/common';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({
  imports: [IdentityModule, ConsultationsModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}

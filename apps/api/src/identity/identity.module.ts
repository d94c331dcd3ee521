import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ParticipantEntity } from './entities/participant.entity.js';
import { ParticipantService } from './services/participant.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ParticipantEntity])],
  providers: [ParticipantService],
  exports: [ParticipantService],
})
export class IdentityModule {}

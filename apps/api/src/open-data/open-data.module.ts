import { Module } from '@nestjs/common';
import { OpenDataController } from './open-data.controller.js';
import { OpenDataService } from './services/open-data.service.js';

/** Open data: bulk exports of each consultation as a Frictionless Data Package (CSV and NDJSON). */
@Module({
  controllers: [OpenDataController],
  providers: [OpenDataService],
  exports: [OpenDataService],
})
export class OpenDataModule {}

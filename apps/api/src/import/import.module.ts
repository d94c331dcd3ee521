import { Module } from '@nestjs/common';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { CapCollectifImporter } from './services/capcollectif-importer.service.js';

/**
 * Imports of consultations run elsewhere (a Cap Collectif export first). Used by the command line
 * (`npm run import:capcollectif`); the consultation it creates is then served like any other.
 */
@Module({
  imports: [ConsultationsModule],
  providers: [CapCollectifImporter],
  exports: [CapCollectifImporter],
})
export class ImportModule {}

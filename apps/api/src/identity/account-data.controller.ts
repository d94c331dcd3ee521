import { Controller, Get, Header } from '@nestjs/common';
import { Authenticated, CurrentViewer, type Viewer } from '../common/access.decorators.js';
import { AccountService } from './services/account.service.js';

/** "Télécharger mes données": everything about the viewer, as a JSON file. */
@Controller('account')
export class AccountDataController {
  constructor(private readonly accounts: AccountService) {}

  @Authenticated({ allowSuspended: true })
  @Get('data')
  @Header('Content-Disposition', 'attachment; filename="mes-donnees-amendo.json"')
  @Header('Cache-Control', 'no-store')
  data(@CurrentViewer() viewer: Viewer): Promise<Record<string, unknown>> {
    return this.accounts.exportData(viewer);
  }
}

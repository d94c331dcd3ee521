import { Global, Module } from '@nestjs/common';
import { EventLog } from './event-log.service.js';
import { TimelineEventResolver } from './resolvers/timeline.resolver.js';
import { TimelineService } from './timeline.service.js';

@Global()
@Module({
  providers: [EventLog, TimelineService, TimelineEventResolver],
  exports: [EventLog, TimelineService],
})
export class HistoryModule {}

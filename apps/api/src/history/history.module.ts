import { Global, Module } from '@nestjs/common';
import { EventLog } from './event-log.service.js';
import { ParticipantHistoryService } from './participant-history.service.js';
import {
  ParticipantContributionResolver,
  ParticipantHistoryResolver,
  ReceivedResponseResolver,
} from './resolvers/participant-history.resolver.js';
import { TimelineEventResolver } from './resolvers/timeline.resolver.js';
import { TimelineService } from './timeline.service.js';

@Global()
@Module({
  providers: [
    EventLog,
    TimelineService,
    TimelineEventResolver,
    ParticipantHistoryService,
    ParticipantHistoryResolver,
    ParticipantContributionResolver,
    ReceivedResponseResolver,
  ],
  exports: [EventLog, TimelineService],
})
export class HistoryModule {}

import { Module, type OnModuleInit } from '@nestjs/common';
import { batchedNodeLoader, NodeRegistry } from '../common/node.js';
import { TargetRegistry } from '../common/target-registry.js';
import { moderationFieldsResolver } from '../moderation/resolvers/moderation-fields.resolver.js';
import { responseFieldsResolver } from '../responses/resolvers/response-fields.resolver.js';
import { ResponsesModule } from '../responses/responses.module.js';
import { workshopFieldResolver } from '../workshops/resolvers/workshop-field.resolver.js';
import { WorkshopsModule } from '../workshops/workshops.module.js';
import { Argument } from './dto/argument.types.js';
import { Source } from './dto/source.types.js';
import { ArgumentResolver } from './resolvers/argument.resolver.js';
import { OrderingResolver } from './resolvers/ordering.resolver.js';
import { SourceResolver } from './resolvers/source.resolver.js';
import { VoteResolver } from './resolvers/vote.resolver.js';
import { ArgumentService } from './services/argument.service.js';
import { SourceService } from './services/source.service.js';
import { VoteService } from './services/vote.service.js';

/**
 * Votes, arguments and sources on any registered target. Contexts that own votable types add
 * `deliberationFieldsResolver(Type)` to their providers (importing this module).
 */
@Module({
  imports: [ResponsesModule, WorkshopsModule],
  providers: [
    VoteService,
    ArgumentService,
    SourceService,
    VoteResolver,
    ArgumentResolver,
    SourceResolver,
    OrderingResolver,
    responseFieldsResolver(Argument),
    moderationFieldsResolver(Argument, ['body']),
    moderationFieldsResolver(Source, ['url', 'title', 'description']),
    workshopFieldResolver(Argument),
  ],
  exports: [VoteService, ArgumentService, SourceService],
})
export class DeliberationModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly targets: TargetRegistry,
    private readonly argumentService: ArgumentService,
    private readonly sourceService: SourceService,
  ) {}

  onModuleInit(): void {
    this.nodes.register(
      'Argument',
      batchedNodeLoader('argumentById', (ids) => this.argumentService.byIds(ids)),
    );
    this.nodes.register(
      'Source',
      batchedNodeLoader('sourceById', (ids) => this.sourceService.byIds(ids)),
    );
    this.targets.register('Argument', (ids, manager) =>
      this.argumentService.asTargets(ids, manager),
    );
    this.targets.register('Source', (ids, manager) => this.sourceService.asTargets(ids, manager));
  }
}

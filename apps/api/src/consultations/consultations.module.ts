import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { batchedNodeLoader, NodeRegistry } from '../common/node.js';
import { TargetRegistry } from '../common/target-registry.js';
import { DeliberationModule } from '../deliberation/deliberation.module.js';
import { deliberationFieldsResolver } from '../deliberation/resolvers/deliberation-fields.resolver.js';
import { timelineFieldResolver } from '../history/resolvers/timeline.resolver.js';
import { Article } from './dto/article.type.js';
import { CommonModule } from '../common/common.module.js';
import { consultationResponsesResolver } from '../responses/resolvers/consultation-responses.resolver.js';
import { responseFieldsResolver } from '../responses/resolvers/response-fields.resolver.js';
import { ResponsesModule } from '../responses/responses.module.js';
import { Consultation } from './dto/consultation.type.js';
import { ArticleEntity } from './entities/article.entity.js';
import { ArticleVersionEntity } from './entities/article-version.entity.js';
import { ConsultationEntity } from './entities/consultation.entity.js';
import { SectionEntity } from './entities/section.entity.js';
import { ArticleVersionResolver } from './resolvers/article-version.resolver.js';
import { ArticleResolver } from './resolvers/article.resolver.js';
import { ConsultationResolver } from './resolvers/consultation.resolver.js';
import { PlanAdminResolver } from './resolvers/plan-admin.resolver.js';
import { SectionResolver } from './resolvers/section.resolver.js';
import { ConsultationService } from './services/consultation.service.js';
import { PlanAdminService } from './services/plan-admin.service.js';
import { PlanWriter } from './services/plan-writer.service.js';

@Module({
  imports: [
    CommonModule,
    DeliberationModule,
    ResponsesModule,
    TypeOrmModule.forFeature([
      ConsultationEntity,
      SectionEntity,
      ArticleEntity,
      ArticleVersionEntity,
    ]),
  ],
  providers: [
    ConsultationService,
    PlanWriter,
    PlanAdminService,
    ConsultationResolver,
    SectionResolver,
    ArticleResolver,
    ArticleVersionResolver,
    PlanAdminResolver,
    deliberationFieldsResolver(Article, { moderated: false }),
    timelineFieldResolver(Article),
    responseFieldsResolver(Article),
    consultationResponsesResolver(Consultation),
  ],
  exports: [ConsultationService, PlanWriter],
})
export class ConsultationsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly targets: TargetRegistry,
    private readonly service: ConsultationService,
  ) {}

  onModuleInit(): void {
    this.targets.registerRules((consultationId, manager) =>
      this.service.rulesOf(consultationId, manager),
    );
    this.targets.register('Article', (ids, manager) => this.service.articleTargets(ids, manager));
    this.nodes.register(
      'Consultation',
      batchedNodeLoader('consultationById', (ids) => this.service.consultationsByIds(ids)),
    );
    this.nodes.register(
      'Section',
      batchedNodeLoader('sectionById', (ids) => this.service.sectionsByIds(ids)),
    );
    this.nodes.register(
      'Article',
      batchedNodeLoader('articleById', (ids) => this.service.articlesByIds(ids)),
    );
    this.nodes.register(
      'ArticleVersion',
      batchedNodeLoader('versionById', (ids) => this.service.versionsByIds(ids)),
    );
  }
}

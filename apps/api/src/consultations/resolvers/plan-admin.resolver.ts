import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, type Viewer } from '../../common/access.decorators.js';
import { AmendoException } from '../../common/errors.js';
import { fromGlobalId } from '../../common/global-id.js';
import type { PhaseSettings } from '../consultation-rules.js';
import { ArticleVersion } from '../dto/article-version.type.js';
import { Article } from '../dto/article.type.js';
import {
  CloseConsultationInput,
  OpenConsultationInput,
} from '../dto/consultation-phase-change.input.js';
import type { ConsultationSettingsInput } from '../dto/consultation-settings.input.js';
import { Consultation } from '../dto/consultation.type.js';
import { CreateArticleInput } from '../dto/create-article.input.js';
import { CreateConsultationInput } from '../dto/create-consultation.input.js';
import { CreateSectionInput } from '../dto/create-section.input.js';
import { PublishVersionInput } from '../dto/publish-version.input.js';
import { Section } from '../dto/section.type.js';
import { UpdateArticleInput } from '../dto/update-article.input.js';
import { UpdateConsultationInput } from '../dto/update-consultation.input.js';
import { UpdateSectionInput } from '../dto/update-section.input.js';
import { PlanAdminService } from '../services/plan-admin.service.js';

/** The acting admin's id. The auth guard lets no anonymous request reach an admin mutation. */
function actorId(viewer: Viewer | undefined): string {
  if (!viewer) {
    throw new AmendoException('UNAUTHENTICATED', 'Connectez-vous pour faire cette action.');
  }
  return viewer.id;
}

/** GraphQL's null as undefined ("unchanged"), for fields that cannot be cleared. */
const orUnchanged = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/** The settings an input sets (a field left out or null keeps its value). */
function settingsOf(input: ConsultationSettingsInput | null | undefined): Partial<PhaseSettings> {
  const settings: { -readonly [K in keyof PhaseSettings]?: PhaseSettings[K] } = {};
  for (const key of ['amendmentsOpen', 'proposalsOpen', 'votesOpen', 'argumentsOpen'] as const) {
    const value = input?.[key];
    if (typeof value === 'boolean') settings[key] = value;
  }
  const limit = input?.maxOpenAmendmentsPerArticle;
  if (typeof limit === 'number') settings.maxOpenAmendmentsPerArticle = limit;
  return settings;
}

/** The admin's mutations on a consultation's plan: they translate; `PlanAdminService` decides. */
@Resolver()
export class PlanAdminResolver {
  constructor(private readonly plan: PlanAdminService) {}

  @Roles('ADMIN')
  @Mutation(() => Consultation, { description: 'Creates a consultation (DRAFT without opensAt).' })
  createConsultation(
    @Args('input') input: CreateConsultationInput,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Consultation> {
    return this.plan.createConsultation(
      {
        slug: input.slug,
        title: input.title,
        summary: input.summary ?? '',
        opensAt: input.opensAt ?? null,
        closesAt: input.closesAt ?? null,
        settings: settingsOf(input.settings),
      },
      actorId(viewer),
    );
  }

  @Roles('ADMIN')
  @Mutation(() => Consultation, {
    description: 'Changes a consultation: its texts, its dates (and so its phase), its settings.',
  })
  updateConsultation(
    @Args('input') input: UpdateConsultationInput,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Consultation> {
    return this.plan.updateConsultation(
      fromGlobalId(input.consultationId, 'Consultation').id,
      {
        title: orUnchanged(input.title),
        summary: orUnchanged(input.summary),
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        answeredAt: input.answeredAt,
        settings: settingsOf(input.settings),
      },
      actorId(viewer),
    );
  }

  @Roles('ADMIN')
  @Mutation(() => Consultation, { description: 'Opens a DRAFT consultation now.' })
  openConsultation(
    @Args('input') input: OpenConsultationInput,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Consultation> {
    return this.plan.openConsultation(
      fromGlobalId(input.consultationId, 'Consultation').id,
      actorId(viewer),
    );
  }

  @Roles('ADMIN')
  @Mutation(() => Consultation, { description: 'Closes an OPEN consultation now.' })
  closeConsultation(
    @Args('input') input: CloseConsultationInput,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Consultation> {
    return this.plan.closeConsultation(
      fromGlobalId(input.consultationId, 'Consultation').id,
      actorId(viewer),
    );
  }

  @Roles('ADMIN')
  @Mutation(() => Section)
  createSection(
    @Args('input') input: CreateSectionInput,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Section> {
    return this.plan.createSection(
      fromGlobalId(input.consultationId, 'Consultation').id,
      input.title,
      actorId(viewer),
    );
  }

  @Roles('ADMIN')
  @Mutation(() => Section)
  updateSection(
    @Args('input') input: UpdateSectionInput,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Section> {
    return this.plan.updateSection(
      fromGlobalId(input.sectionId, 'Section').id,
      { title: orUnchanged(input.title), position: orUnchanged(input.position) },
      actorId(viewer),
    );
  }

  @Roles('ADMIN')
  @Mutation(() => Article, { description: 'Creates an article with its text as version 1.' })
  createArticle(
    @Args('input') input: CreateArticleInput,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Article> {
    return this.plan.createArticle(
      fromGlobalId(input.sectionId, 'Section').id,
      { title: input.title, text: input.text },
      actorId(viewer),
    );
  }

  @Roles('ADMIN')
  @Mutation(() => Article)
  updateArticle(
    @Args('input') input: UpdateArticleInput,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Article> {
    return this.plan.updateArticle(
      fromGlobalId(input.articleId, 'Article').id,
      {
        title: orUnchanged(input.title),
        sectionId: input.sectionId ? fromGlobalId(input.sectionId, 'Section').id : undefined,
        position: orUnchanged(input.position),
      },
      actorId(viewer),
    );
  }

  @Roles('ADMIN')
  @Mutation(() => ArticleVersion, {
    description:
      'Publishes the next version of an article, incorporating the amendments named and re-anchoring (or outdating) the other OPEN ones, in one transaction. Refused, with nothing written, for an empty text, a text over 100,000 characters (BAD_USER_INPUT), a text identical to the current version, a stale baseVersionNumber or an amendment to incorporate that is no longer OPEN (CONFLICT).',
  })
  publishArticleVersion(
    @Args('input') input: PublishVersionInput,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<ArticleVersion> {
    return this.plan.publishVersion(
      fromGlobalId(input.articleId, 'Article').id,
      {
        text: input.text,
        changelog: input.changelog,
        baseVersionNumber: orUnchanged(input.baseVersionNumber),
        incorporatedAmendmentIds: (input.incorporatedAmendmentIds ?? []).map(
          (id) => fromGlobalId(id, 'Amendment').id,
        ),
      },
      actorId(viewer),
    );
  }
}

import { applyReplacement, wordDiff } from '@amendo/text';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  Authenticated,
  CurrentViewer,
  Public,
  type Viewer,
} from '../../common/access.decorators.js';
import { AmendoException } from '../../common/errors.js';
import { fromGlobalId, parseGlobalId } from '../../common/global-id.js';
import type { RequestContext } from '../../common/request-context.js';
import { Visibility } from '../../common/visibility.js';
import { ArticleVersion } from '../../consultations/dto/article-version.type.js';
import { Article } from '../../consultations/dto/article.type.js';
import { DiffSegment } from '../../consultations/dto/diff-hunk.type.js';
import { ConsultationService } from '../../consultations/services/consultation.service.js';
import { Participant } from '../../identity/dto/participant.type.js';
import { ParticipantService } from '../../identity/services/participant.service.js';
import {
  EditAmendmentInput,
  ProposeAmendmentInput,
  ReproposeAmendmentInput,
} from '../dto/amendment.inputs.js';
import { Amendment } from '../dto/amendment.type.js';
import { toDiffSegments } from '../dto/mappers.js';
import { Revision } from '../../common/revision.type.js';
import { AmendmentReader } from '../services/amendment-reader.service.js';
import { AmendmentService } from '../services/amendment.service.js';
import { load } from './loaders.js';

/** The logged-in participant; the access guard lets no anonymous request reach a mutation. */
export function viewerOf(viewer: Viewer | undefined): Viewer {
  if (!viewer) {
    throw new AmendoException('UNAUTHENTICATED', 'Connectez-vous pour faire cette action.');
  }
  return viewer;
}

/** GraphQL's null as undefined ("unchanged"). */
export const orUnchanged = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

@Public()
@Resolver(() => Amendment)
export class AmendmentResolver {
  constructor(
    private readonly amendments: AmendmentService,
    private readonly reader: AmendmentReader,
    private readonly consultations: ConsultationService,
    private readonly participants: ParticipantService,
    private readonly visibility: Visibility,
  ) {}

  @Query(() => Amendment, {
    nullable: true,
    description: 'An amendment by its global id; null when the id names no amendment.',
  })
  amendment(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: RequestContext,
  ): Promise<Amendment | null> {
    const decoded = parseGlobalId(id);
    if (decoded?.type !== 'Amendment') return Promise.resolve(null);
    return load.amendment(context, this.reader, decoded.id);
  }

  @Authenticated()
  @Mutation(() => Amendment, {
    description:
      'Proposes an amendment to the current version of an article. Refused with nothing written: a stale or unknown versionNumber (CONFLICT / NOT_FOUND), a range that does not fit, a text identical to the lines, too long or with control characters (BAD_USER_INPUT), amendments closed (FORBIDDEN), too many open amendments on the article (CONFLICT).',
  })
  proposeAmendment(
    @Args('input') input: ProposeAmendmentInput,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Amendment> {
    return this.amendments.propose(viewerOf(viewer), {
      articleId: fromGlobalId(input.articleId, 'Article').id,
      versionNumber: input.versionNumber,
      lineStart: input.lineStart,
      lineEnd: input.lineEnd,
      proposedText: input.proposedText,
      rationale: input.rationale,
      workshopId: input.workshopId,
    });
  }

  @Authenticated()
  @Mutation(() => Amendment, {
    description:
      'Edits an OPEN amendment (its author only: FORBIDDEN otherwise) while no one has voted on it (CONFLICT); each edit is a public revision.',
  })
  editAmendment(
    @Args('input') input: EditAmendmentInput,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Amendment> {
    return this.amendments.edit(viewerOf(viewer), fromGlobalId(input.amendmentId, 'Amendment').id, {
      lineStart: orUnchanged(input.lineStart),
      lineEnd: orUnchanged(input.lineEnd),
      proposedText: orUnchanged(input.proposedText),
      rationale: orUnchanged(input.rationale),
    });
  }

  @Authenticated()
  @Mutation(() => Amendment, {
    description: 'Withdraws an OPEN amendment (its author only).',
  })
  withdrawAmendment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Amendment> {
    return this.amendments.withdraw(viewerOf(viewer), fromGlobalId(id, 'Amendment').id);
  }

  @Authenticated()
  @Mutation(() => Amendment, {
    description:
      'Re-proposes an OUTDATED amendment (its author only) on the current version, in one step: returns the new OPEN amendment.',
  })
  reproposeAmendment(
    @Args('input') input: ReproposeAmendmentInput,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Amendment> {
    return this.amendments.repropose(
      viewerOf(viewer),
      fromGlobalId(input.amendmentId, 'Amendment').id,
      {
        versionNumber: input.versionNumber,
        lineStart: input.lineStart,
        lineEnd: input.lineEnd,
        proposedText: orUnchanged(input.proposedText),
        rationale: orUnchanged(input.rationale),
      },
    );
  }

  @ResolveField(() => Article)
  async article(
    @Parent() amendment: Amendment,
    @Context() context: RequestContext,
  ): Promise<Article> {
    const article = await load.article(context, this.consultations, amendment.articleUuid);
    if (!article) throw new Error(`Amendment ${amendment.uuid} has no article`);
    return article;
  }

  @ResolveField(() => ArticleVersion, {
    description: 'The version whose lines it replaces (the current one while OPEN).',
  })
  baseVersion(
    @Parent() amendment: Amendment,
    @Context() context: RequestContext,
  ): Promise<ArticleVersion> {
    return this.baseVersionOf(amendment, context);
  }

  @ResolveField(() => Participant, { nullable: true, description: 'Null for a deleted account.' })
  author(
    @Parent() amendment: Amendment,
    @Context() context: RequestContext,
  ): Promise<Participant | null> {
    return amendment.authorUuid
      ? load.participant(context, this.participants, amendment.authorUuid)
      : Promise.resolve(null);
  }

  @ResolveField(() => [Revision], { description: 'Every change, oldest (1) first.' })
  async revisions(
    @Parent() amendment: Amendment,
    @Context() context: RequestContext,
  ): Promise<Revision[]> {
    if (await this.visibility.hiddenFor(context, amendment.uuid, amendment.authorUuid)) return [];
    return context.loaders.load(
      'revisionsOfAmendment',
      (ids: readonly string[]) => this.reader.revisionsOf(ids),
      amendment.uuid,
    );
  }

  @ResolveField(() => [DiffSegment], {
    description:
      'Word-level diff of originalText (EQUAL and DELETE) against proposedText (EQUAL and INSERT).',
  })
  async diff(
    @Parent() amendment: Amendment,
    @Context() context: RequestContext,
  ): Promise<DiffSegment[]> {
    if (await this.visibility.hiddenFor(context, amendment.uuid, amendment.authorUuid)) return [];
    return toDiffSegments(wordDiff(amendment.originalText, amendment.proposedText ?? ''));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The text of baseVersion as it would read with this amendment applied (null while hidden by moderation).',
  })
  async resultingText(
    @Parent() amendment: Amendment,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    if (await this.visibility.hiddenFor(context, amendment.uuid, amendment.authorUuid)) return null;
    const version = await this.baseVersionOf(amendment, context);
    return applyReplacement(version.text, {
      lineStart: amendment.lineStart,
      lineEnd: amendment.lineEnd,
      proposedText: amendment.proposedText ?? amendment.originalText,
    });
  }

  @ResolveField(() => ArticleVersion, {
    nullable: true,
    description: 'The version that incorporated it (status INCORPORATED).',
  })
  incorporatedIn(
    @Parent() amendment: Amendment,
    @Context() context: RequestContext,
  ): Promise<ArticleVersion | null> {
    return amendment.incorporatedInVersionUuid
      ? load.version(context, this.consultations, amendment.incorporatedInVersionUuid)
      : Promise.resolve(null);
  }

  @ResolveField(() => Amendment, {
    nullable: true,
    description: 'The OUTDATED amendment this one re-proposes on a newer version.',
  })
  reproposedFrom(
    @Parent() amendment: Amendment,
    @Context() context: RequestContext,
  ): Promise<Amendment | null> {
    return amendment.reproposedFromUuid
      ? load.amendment(context, this.reader, amendment.reproposedFromUuid)
      : Promise.resolve(null);
  }

  @ResolveField(() => Amendment, {
    nullable: true,
    description: 'The amendment that re-proposed this OUTDATED one on a newer version.',
  })
  reproposedAs(
    @Parent() amendment: Amendment,
    @Context() context: RequestContext,
  ): Promise<Amendment | null> {
    return context.loaders.load(
      'reproposedAs',
      (ids: readonly string[]) => this.reader.reproposedAs(ids),
      amendment.uuid,
    );
  }

  private async baseVersionOf(
    amendment: Amendment,
    context: RequestContext,
  ): Promise<ArticleVersion> {
    const version = await load.version(context, this.consultations, amendment.baseVersionUuid);
    if (!version) throw new Error(`Amendment ${amendment.uuid} has no base version`);
    return version;
  }
}

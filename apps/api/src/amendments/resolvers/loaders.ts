import type { RequestContext } from '../../common/request-context.js';
import type { ArticleVersion } from '../../consultations/dto/article-version.type.js';
import type { Article } from '../../consultations/dto/article.type.js';
import type { Section } from '../../consultations/dto/section.type.js';
import type { ConsultationService } from '../../consultations/services/consultation.service.js';
import { toParticipant } from '../../identity/dto/mappers.js';
import type { Participant } from '../../identity/dto/participant.type.js';
import type { ParticipantService } from '../../identity/services/participant.service.js';
import type { Amendment } from '../dto/amendment.type.js';
import type { Proposal } from '../dto/proposal.type.js';
import type { AmendmentReader } from '../services/amendment-reader.service.js';
import type { ProposalReader } from '../services/proposal-reader.service.js';

/**
 * The request DataLoaders this context reads through. Names shared with the contexts that own
 * the rows (`articleById`, `participantById`, …) batch with their loads in the same request.
 */
export const load = {
  participant: (
    context: RequestContext,
    participants: ParticipantService,
    uuid: string,
  ): Promise<Participant | null> =>
    context.loaders.load(
      'participantById',
      async (ids: readonly string[]) =>
        (await participants.byIds(ids)).map((row) => (row ? toParticipant(row) : null)),
      uuid,
    ),
  article: (context: RequestContext, service: ConsultationService, uuid: string) =>
    context.loaders.load<string, Article | null>(
      'articleById',
      (ids) => service.articlesByIds(ids),
      uuid,
    ),
  section: (context: RequestContext, service: ConsultationService, uuid: string) =>
    context.loaders.load<string, Section | null>(
      'sectionById',
      (ids) => service.sectionsByIds(ids),
      uuid,
    ),
  version: (context: RequestContext, service: ConsultationService, uuid: string) =>
    context.loaders.load<string, ArticleVersion | null>(
      'versionById',
      (ids) => service.versionsByIds(ids),
      uuid,
    ),
  amendment: (context: RequestContext, reader: AmendmentReader, uuid: string) =>
    context.loaders.load<string, Amendment | null>(
      'amendmentById',
      (ids) => reader.byIds(ids),
      uuid,
    ),
  proposal: (context: RequestContext, reader: ProposalReader, uuid: string) =>
    context.loaders.load<string, Proposal | null>('proposalById', (ids) => reader.byIds(ids), uuid),
};

import { toGlobalId } from '../../common/global-id.js';
import type {
  OfficialResponseRow,
  ResponseRevisionRow,
} from '../entities/official-response.entity.js';
import type { ResponsePolicyRow } from '../entities/response-policy.entity.js';
import { type ObligationFacts, obligationState, reasonsOf } from '../obligations.js';
import { Obligation, ResponsePolicy } from './obligation.types.js';
import { OfficialResponse, ResponseRevision } from './official-response.types.js';

export function toOfficialResponse(row: OfficialResponseRow): OfficialResponse {
  return Object.assign(new OfficialResponse(), {
    id: toGlobalId('OfficialResponse', row.id),
    uuid: row.id,
    decision: row.decision,
    body: row.body,
    officialName: row.official_name,
    officialTitle: row.official_title,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    createdAt: row.created_at,
    draft: row.status === 'DRAFT',
    officialUuid: row.official_id,
    targetKind: row.target_kind,
    targetUuid: row.target_id,
  });
}

export function toResponseRevision(row: ResponseRevisionRow): ResponseRevision {
  return Object.assign(new ResponseRevision(), {
    number: row.number,
    decision: row.decision,
    body: row.body,
    officialTitle: row.official_title,
    createdAt: row.created_at,
  });
}

export function toResponsePolicy(row: ResponsePolicyRow): ResponsePolicy {
  return Object.assign(new ResponsePolicy(), {
    minVotes: row.min_votes,
    topPerArticle: row.top_per_article,
    deadlineDays: row.deadline_days,
    updatedAt: row.updated_at,
    frozenAt: row.frozen_at,
  });
}

export function toObligation(facts: ObligationFacts, now: Date): Obligation {
  return Object.assign(new Obligation(), {
    id: toGlobalId('Obligation', facts.targetId),
    uuid: facts.targetId,
    targetKind: facts.targetKind,
    state: obligationState(facts, now),
    dueAt: facts.dueAt,
    answeredAt: facts.answeredAt,
    votes: facts.votes,
    reasons: reasonsOf(facts),
  });
}

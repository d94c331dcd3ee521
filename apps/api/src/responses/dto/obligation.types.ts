import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Node } from '../../common/node.js';
import { Connection, PageArgs } from '../../common/pagination.js';
import {
  OBLIGATION_REASONS,
  OBLIGATION_STATES,
  type ObligationReasonName,
  type ObligationStateName,
  POLICY_LIMITS,
} from '../obligations.js';

export const ObligationState = Object.fromEntries(
  OBLIGATION_STATES.map((state) => [state, state]),
) as { [K in ObligationStateName]: K };
export type ObligationState = ObligationStateName;
registerEnumType(ObligationState, {
  name: 'ObligationState',
  description:
    'ANSWERED: a published official response exists (answered late if after dueAt). PENDING: not yet, and not past dueAt. OVERDUE: past dueAt without a response.',
});

export const ObligationReason = Object.fromEntries(
  OBLIGATION_REASONS.map((reason) => [reason, reason]),
) as { [K in ObligationReasonName]: K };
export type ObligationReason = ObligationReasonName;
registerEnumType(ObligationReason, {
  name: 'ObligationReason',
  description:
    'MIN_VOTES: it reached the policy’s minVotes. TOP_PER_ARTICLE: among the topPerArticle amendments of its article with the most AGREE votes.',
});

@ObjectType('Obligation', {
  implements: () => [Node],
  description:
    'A contribution the consultation’s response policy obliges the officials to answer, by dueAt. Recomputed as votes change until the close, then frozen.',
})
export class Obligation implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => ObligationState)
  state: ObligationState;

  @Field(() => Date, {
    nullable: true,
    description:
      'closesAt + deadlineDays; null while the consultation has no closing date or the policy no deadline.',
  })
  dueAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the first official response was published.',
  })
  answeredAt: Date | null;

  @Field(() => Int, {
    description: 'Its votes (for an argument: its convincing marks), frozen at the close.',
  })
  votes: number;

  @Field(() => [ObligationReason])
  reasons: ObligationReason[];

  /** The target's row uuid (also the obligation's). */
  uuid: string;
  targetKind: string;
}

@ObjectType()
export class ObligationConnection extends Connection(Obligation) {}

@ArgsType()
export class ObligationListArgs extends PageArgs {
  @Field(() => ObligationState, { nullable: true, description: 'Only those in this state.' })
  @IsOptional()
  @IsIn(OBLIGATION_STATES)
  state?: ObligationState;
}

@ObjectType('ObligationSummary', {
  description: 'The public tally of the obligations to answer.',
})
export class ObligationSummary {
  @Field(() => Int)
  answeredOnTime: number;

  @Field(() => Int)
  answeredLate: number;

  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  overdue: number;

  @Field(() => Int)
  total: number;
}

@ObjectType('ResponsePolicy', {
  description:
    'Which contributions the officials must answer, and by when: every amendment, proposal or argument with at least minVotes votes (an argument’s convincing marks count as its votes), and the topPerArticle amendments of each article with the most AGREE votes (ties: the oldest first); within deadlineDays days after the close. A null rule is off.',
})
export class ResponsePolicy {
  @Field(() => Int, { nullable: true })
  minVotes: number | null;

  @Field(() => Int, { nullable: true })
  topPerArticle: number | null;

  @Field(() => Int, { nullable: true })
  deadlineDays: number | null;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the obligations were frozen, after the close; the policy can no longer change.',
  })
  frozenAt: Date | null;
}

/** A rule of the policy: null (off), or a whole number from 0 to its maximum. */
const limit = (field: keyof typeof POLICY_LIMITS, label: string): PropertyDecorator => {
  const max = POLICY_LIMITS[field];
  return applyDecorators(
    IsOptional(),
    IsInt({ message: `${label} doit être un nombre entier.` }),
    Min(0, { message: `${label} ne peut pas être négatif.` }),
    Max(max, { message: `${label} ne peut dépasser ${max.toLocaleString('fr-FR')}.` }),
  );
};

@InputType('ResponsePolicyInput', {
  description: 'Null (or left out) turns a rule off. Refused once the obligations are frozen.',
})
export class ResponsePolicyInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  consultationId: string;

  @Field(() => Int, { nullable: true, description: `0 to ${POLICY_LIMITS.minVotes}.` })
  @limit('minVotes', 'Le nombre de votes minimum')
  minVotes?: number | null;

  @Field(() => Int, { nullable: true, description: `0 to ${POLICY_LIMITS.topPerArticle}.` })
  @limit('topPerArticle', 'Le nombre d’amendements par article')
  topPerArticle?: number | null;

  @Field(() => Int, { nullable: true, description: `0 to ${POLICY_LIMITS.deadlineDays} days.` })
  @limit('deadlineDays', 'Le délai de réponse')
  deadlineDays?: number | null;
}

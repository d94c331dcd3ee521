import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional } from 'class-validator';
import { Connection, PageArgs } from '../../common/pagination.js';

/** The kinds of public contribution a participant writes, and the events that create them. */
export const CONTRIBUTION_KINDS = ['AMENDMENT', 'PROPOSAL', 'ARGUMENT', 'SOURCE'] as const;
export type ContributionKindName = (typeof CONTRIBUTION_KINDS)[number];

export const ContributionKind = Object.fromEntries(
  CONTRIBUTION_KINDS.map((kind) => [kind, kind]),
) as { [K in ContributionKindName]: K };

registerEnumType(ContributionKind, {
  name: 'ContributionKind',
  description: 'AMENDMENT, PROPOSAL (a new article), ARGUMENT, SOURCE.',
});

/** One public contribution of a participant, as its creation event recorded it. */
@ObjectType('ParticipantContribution', {
  description:
    'A public contribution of a participant. While moderation hides it, `contribution` is a tombstone: the fields its author wrote read null for the public.',
})
export class ParticipantContribution {
  @Field(() => ID, { description: 'The global id of the contribution.' })
  id: string;

  @Field(() => ContributionKind)
  kind: ContributionKindName;

  @Field(() => Date)
  createdAt: Date;

  subjectType: string;
  subjectUuid: string;
}

@ObjectType()
export class ParticipantContributionConnection extends Connection(
  ParticipantContribution,
  'ParticipantContribution',
) {}

@ArgsType()
export class ParticipantContributionsArgs extends PageArgs {
  @Field(() => [ContributionKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  @ArrayMaxSize(CONTRIBUTION_KINDS.length)
  @IsIn(CONTRIBUTION_KINDS, { each: true })
  kinds?: ContributionKindName[];
}

/** An official response published on one of a participant's contributions. */
@ObjectType('ReceivedResponse', {
  description: 'An official response published on one of the participant’s contributions.',
})
export class ReceivedResponse {
  @Field(() => ID, { description: 'The global id of the response.' })
  id: string;

  @Field(() => Date, { description: 'When it was first published.' })
  publishedAt: Date;

  @Field(() => ContributionKind)
  contributionKind: ContributionKindName;

  responseUuid: string;
  subjectType: string;
  subjectUuid: string;
}

@ObjectType()
export class ReceivedResponseConnection extends Connection(ReceivedResponse, 'ReceivedResponse') {}

/** What a participant did on one day (Paris time): votes are counted, never listed. */
@ObjectType('ActivityDay', {
  description:
    'A day of participation (Europe/Paris): contributions written and votes cast or changed. Votes are only counted: neither their targets nor their values are listed.',
})
export class ActivityDay {
  @Field({ description: 'The day, YYYY-MM-DD (Europe/Paris).' })
  date: string;

  @Field(() => Int, { description: 'Amendments, proposals, arguments and sources published.' })
  contributions: number;

  @Field(() => Int, { description: 'Votes cast or changed.' })
  votes: number;
}

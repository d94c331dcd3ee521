import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsString, MaxLength } from 'class-validator';

export const VoteValue = { AGREE: 'AGREE', MIXED: 'MIXED', DISAGREE: 'DISAGREE' } as const;
export type VoteValue = (typeof VoteValue)[keyof typeof VoteValue];
registerEnumType(VoteValue, { name: 'VoteValue', description: 'd’accord / mitigé / pas d’accord' });

@ObjectType()
export class VoteTally {
  @Field(() => Int)
  agree: number;

  @Field(() => Int)
  mixed: number;

  @Field(() => Int)
  disagree: number;

  @Field(() => Int)
  total: number;
}

@InputType()
export class CastVoteInput {
  @Field(() => ID, { description: 'An Article, Amendment or Proposal.' })
  @IsString()
  @MaxLength(200)
  targetId: string;

  @Field(() => VoteValue)
  @IsIn(Object.values(VoteValue), { message: 'Le vote doit être AGREE, MIXED ou DISAGREE.' })
  value: VoteValue;
}

export const EMPTY_TALLY: VoteTally = Object.freeze({ agree: 0, mixed: 0, disagree: 0, total: 0 });

export function toTally(
  row: { agree: number; mixed: number; disagree: number } | undefined | null,
): VoteTally {
  if (!row) return EMPTY_TALLY;
  const agree = Number(row.agree);
  const mixed = Number(row.mixed);
  const disagree = Number(row.disagree);
  return { agree, mixed, disagree, total: agree + mixed + disagree };
}

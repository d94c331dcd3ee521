import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ContributionOrder } from '../../common/contribution-order.js';
import { Node } from '../../common/node.js';
import { Connection, PageArgs } from '../../common/pagination.js';

export const Stance = { FOR: 'FOR', AGAINST: 'AGAINST' } as const;
export type Stance = (typeof Stance)[keyof typeof Stance];
registerEnumType(Stance, { name: 'Stance', description: 'Pour / contre' });

export const ARGUMENT_MAX_LENGTH = 10_000;
/** No control characters but tabs and line breaks. */
export const NO_CONTROL = /^(?:[\t\n\r]|[^\p{Cc}])*$/u;

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

@ObjectType('Argument', { implements: () => [Node] })
export class Argument implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => Stance)
  stance: Stance;

  @Field(() => String, {
    nullable: true,
    description: 'Null while hidden by moderation (except for moderators and the author).',
  })
  body: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Int, { description: 'How many participants find it convincing.' })
  convincingCount: number;

  uuid: string;
  targetUuid: string;
  targetKind: string;
  authorUuid: string | null;
  workshopUuid: string | null;
}

@ObjectType()
export class ArgumentConnection extends Connection(Argument) {}

@InputType()
export class PostArgumentInput {
  @Field(() => ID, { description: 'An Article, Amendment or Proposal.' })
  @IsString()
  @MaxLength(200)
  targetId: string;

  @Field(() => Stance)
  @IsIn(Object.values(Stance), { message: 'La position doit être FOR ou AGAINST.' })
  stance: Stance;

  @Field()
  @Transform(trim)
  @Length(1, ARGUMENT_MAX_LENGTH, {
    message: `L’argument doit compter de 1 à ${ARGUMENT_MAX_LENGTH} caractères.`,
  })
  @Matches(NO_CONTROL, { message: 'L’argument contient des caractères de contrôle.' })
  body: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Facilitators only: the workshop this argument was collected at (FORBIDDEN for anyone else; NOT_FOUND / BAD_USER_INPUT for an unknown workshop or one of another consultation). A facilitator account must name one (BAD_USER_INPUT, reason WORKSHOP_REQUIRED).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  workshopId?: string | null;
}

@InputType()
export class EditArgumentInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  argumentId: string;

  @Field()
  @Transform(trim)
  @Length(1, ARGUMENT_MAX_LENGTH, {
    message: `L’argument doit compter de 1 à ${ARGUMENT_MAX_LENGTH} caractères.`,
  })
  @Matches(NO_CONTROL, { message: 'L’argument contient des caractères de contrôle.' })
  body: string;
}

@ArgsType()
export class ArgumentListArgs extends PageArgs {
  @Field(() => Stance, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Stance))
  stance?: Stance;

  @Field(() => ContributionOrder, { nullable: true, defaultValue: ContributionOrder.RANDOM })
  @IsOptional()
  @IsIn(Object.values(ContributionOrder))
  orderBy: ContributionOrder = ContributionOrder.RANDOM;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 0,
    description: 'Seed of the RANDOM order: same seed, same pages.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  seed: number = 0;
}

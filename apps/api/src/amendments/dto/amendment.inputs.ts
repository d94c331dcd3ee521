import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ContributionOrder } from '../../common/contribution-order.js';
import { PageArgs } from '../../common/pagination.js';
import { AmendmentStatus } from './amendment.type.js';
import { GlobalIdField, LineNumberField, TextField } from './validation.js';

@InputType('ProposeAmendmentInput', {
  description:
    'Replace lines lineStart..lineEnd (inclusive) of the current version with proposedText. Insertion: lineEnd = lineStart - 1 (lineStart = n + 1 appends). Deletion: proposedText "".',
})
export class ProposeAmendmentInput {
  @Field(() => ID)
  @GlobalIdField('articleId')
  articleId: string;

  @Field(() => Int, {
    description: 'The version read when writing: it must still be the current one (CONFLICT).',
  })
  @LineNumberField('Le numéro de version', 1)
  versionNumber: number;

  @Field(() => Int)
  @LineNumberField('La ligne de début', 1)
  lineStart: number;

  @Field(() => Int)
  @LineNumberField('La ligne de fin', 0)
  lineEnd: number;

  @Field({ description: 'At most 20,000 characters; normalised as article texts are.' })
  @TextField('Le texte proposé', 'proposedText')
  proposedText: string;

  @Field({ description: 'Exposé des motifs: required, at most 5,000 characters.' })
  @TextField('L’exposé des motifs', 'rationale')
  rationale: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Facilitators only: the workshop this contribution was collected at (FORBIDDEN for anyone else; NOT_FOUND / BAD_USER_INPUT for an unknown workshop or one of another consultation). A facilitator account must name one (BAD_USER_INPUT, reason WORKSHOP_REQUIRED).',
  })
  @IsOptional()
  @GlobalIdField('workshopId')
  workshopId?: string | null;
}

@InputType('EditAmendmentInput', {
  description:
    'Changes an OPEN amendment on which no one has voted (its author only); a field left out keeps its value. Each edit is kept as a public revision.',
})
export class EditAmendmentInput {
  @Field(() => ID)
  @GlobalIdField('amendmentId')
  amendmentId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'With lineEnd: other lines of the same version.',
  })
  @IsOptional()
  @LineNumberField('La ligne de début', 1)
  lineStart?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @LineNumberField('La ligne de fin', 0)
  lineEnd?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextField('Le texte proposé', 'proposedText')
  proposedText?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextField('L’exposé des motifs', 'rationale')
  rationale?: string | null;
}

@InputType('ReproposeAmendmentInput', {
  description:
    'Re-proposes an OUTDATED amendment on the current version, in one step: a new OPEN amendment (reproposedFrom points to the old one, which stays OUTDATED with its history). proposedText and rationale default to the old ones.',
})
export class ReproposeAmendmentInput {
  @Field(() => ID)
  @GlobalIdField('amendmentId')
  amendmentId: string;

  @Field(() => Int, { description: 'The current version, as read when writing.' })
  @LineNumberField('Le numéro de version', 1)
  versionNumber: number;

  @Field(() => Int)
  @LineNumberField('La ligne de début', 1)
  lineStart: number;

  @Field(() => Int)
  @LineNumberField('La ligne de fin', 0)
  lineEnd: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextField('Le texte proposé', 'proposedText')
  proposedText?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextField('L’exposé des motifs', 'rationale')
  rationale?: string | null;
}

@ArgsType()
export class AmendmentListArgs extends PageArgs {
  @Field(() => AmendmentStatus, { nullable: true, description: 'Only amendments in this status.' })
  @IsOptional()
  @IsIn(Object.values(AmendmentStatus))
  status?: AmendmentStatus | null;

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

  @Field(() => Int, {
    nullable: true,
    description:
      'With toLine: only amendments on the current version touching lines fromLine..toLine (an insertion touches the lines on both sides of it).',
  })
  @IsOptional()
  @LineNumberField('fromLine', 1)
  fromLine?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @LineNumberField('toLine', 1)
  toLine?: number | null;
}

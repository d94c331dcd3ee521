import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ContributionOrder } from '../../common/contribution-order.js';
import { PageArgs } from '../../common/pagination.js';
import { ProposalStatus } from './proposal.type.js';
import { GlobalIdField, TextField } from './validation.js';

@InputType('ProposeArticleInput', { description: 'Proposes a new article in a section.' })
export class ProposeArticleInput {
  @Field(() => ID)
  @GlobalIdField('sectionId')
  sectionId: string;

  @Field({ description: '1 to 200 characters, on one line.' })
  @TextField('Le titre', 'proposalTitle')
  title: string;

  @Field({
    description:
      'The article’s text: at most 50,000 characters; tabs and line breaks kept, other control characters refused.',
  })
  @TextField('Le texte de l’article proposé', 'proposalBody')
  body: string;

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

@InputType('EditProposalInput', {
  description:
    'Changes an OPEN proposal on which no one has voted (its author only); a field left out keeps its value.',
})
export class EditProposalInput {
  @Field(() => ID)
  @GlobalIdField('proposalId')
  proposalId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextField('Le titre', 'proposalTitle')
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextField('Le texte de l’article proposé', 'proposalBody')
  body?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextField('L’exposé des motifs', 'rationale')
  rationale?: string | null;
}

@InputType('AdoptProposalInput', {
  description:
    'Adopts an OPEN proposal as a new article at the end of its section (version 1 = its body).',
})
export class AdoptProposalInput {
  @Field(() => ID)
  @GlobalIdField('proposalId')
  proposalId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The article’s title; the proposal’s by default.',
  })
  @IsOptional()
  @TextField('Le titre', 'proposalTitle')
  title?: string | null;
}

@ArgsType()
export class ProposalListArgs extends PageArgs {
  @Field(() => ProposalStatus, { nullable: true, description: 'Only proposals in this status.' })
  @IsOptional()
  @IsIn(Object.values(ProposalStatus))
  status?: ProposalStatus | null;

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

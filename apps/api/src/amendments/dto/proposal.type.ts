import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Node } from '../../common/node.js';
import { Connection } from '../../common/pagination.js';
import type { ProposalStatusName } from '../entities/proposal.entity.js';

export const ProposalStatus = {
  OPEN: 'OPEN',
  ADOPTED: 'ADOPTED',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
} as const satisfies Record<ProposalStatusName, ProposalStatusName>;
export type ProposalStatus = ProposalStatusName;

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description:
    'OPEN: under discussion. ADOPTED: an admin made it an article (adoptedAs). REJECTED: turned down. WITHDRAWN: withdrawn by its author.',
});

@ObjectType('Proposal', {
  implements: () => [Node],
  description: 'A new article proposed by a participant in a section (une proposition).',
})
export class Proposal implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The proposed text: lines separated by "\\n", normalised as article texts are.',
  })
  body: string | null;

  @Field(() => String, { nullable: true, description: 'Exposé des motifs.' })
  rationale: string | null;

  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  uuid: string;
  sectionUuid: string;
  consultationUuid: string;
  authorUuid: string | null;
  adoptedAsArticleUuid: string | null;
  workshopUuid: string | null;
}

@ObjectType()
export class ProposalConnection extends Connection(Proposal) {}

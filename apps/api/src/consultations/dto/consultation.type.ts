import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Node } from '../../common/node.js';
import { Connection } from '../../common/pagination.js';
import type { Phase } from '../consultation-phase.js';

export const ConsultationPhase = {
  DRAFT: 'DRAFT',
  OPEN: 'OPEN',
  CLOSED: 'CLOSED',
  ANSWERED: 'ANSWERED',
} as const satisfies Record<Phase, Phase>;

registerEnumType(ConsultationPhase, {
  name: 'ConsultationPhase',
  description: 'DRAFT → OPEN → CLOSED → ANSWERED, derived from the consultation dates.',
});

@ObjectType('Consultation', { implements: () => [Node] })
export class Consultation implements Node {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => ConsultationPhase)
  phase: Phase;

  @Field(() => Date, { nullable: true })
  opensAt: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt: Date | null;

  /** Internal row id (not exposed). */
  uuid: string;
}

@ObjectType()
export class ConsultationConnection extends Connection(Consultation) {}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Node } from '../../common/node.js';
import { Connection } from '../../common/pagination.js';
import type { Phase } from '../consultation-phase.js';
import { ConsultationPhase } from './consultation-phase.enum.js';
import { ConsultationRules, ConsultationSettings } from './consultation-rules.type.js';

export { ConsultationPhase } from './consultation-phase.enum.js';

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

  @Field(() => Date, {
    nullable: true,
    description: 'When the officials’ answers were published (the consultation is then ANSWERED).',
  })
  answeredAt: Date | null;

  @Field(() => ConsultationSettings)
  settings: ConsultationSettings;

  @Field(() => ConsultationRules)
  rules: ConsultationRules;

  /** Internal row id (not exposed). */
  uuid: string;
}

@ObjectType()
export class ConsultationConnection extends Connection(Consultation) {}

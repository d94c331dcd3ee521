import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Phase } from '../consultation-phase.js';
import { ConsultationPhase } from './consultation-phase.enum.js';

@ObjectType('ConsultationSettings', {
  description:
    'The switches an admin sets: what the consultation allows while it is OPEN. See `rules` for what it allows now.',
})
export class ConsultationSettings {
  @Field()
  amendmentsOpen: boolean;

  @Field()
  proposalsOpen: boolean;

  @Field()
  votesOpen: boolean;

  @Field()
  argumentsOpen: boolean;

  @Field(() => Int, {
    description: 'At most this many OPEN amendments per participant and article.',
  })
  maxOpenAmendmentsPerArticle: number;
}

@ObjectType('ConsultationRules', {
  description:
    'What the consultation allows at the time of the request: its phase combined with its settings (nothing is open outside the OPEN phase).',
})
export class ConsultationRules {
  @Field(() => ConsultationPhase)
  phase: Phase;

  @Field({ description: 'Participants may propose amendments.' })
  amendmentsOpen: boolean;

  @Field({ description: 'Participants may propose new articles.' })
  proposalsOpen: boolean;

  @Field({ description: 'Participants may vote, change or retract their vote.' })
  votesOpen: boolean;

  @Field({ description: 'Participants may post arguments and sources.' })
  argumentsOpen: boolean;
}

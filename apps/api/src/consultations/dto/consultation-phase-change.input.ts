import { Field, ID, InputType } from '@nestjs/graphql';
import { GlobalIdField } from './validation.js';

@InputType('OpenConsultationInput', {
  description: 'Opens a DRAFT consultation now (its opening date becomes now).',
})
export class OpenConsultationInput {
  @Field(() => ID)
  @GlobalIdField('consultationId')
  consultationId: string;
}

@InputType('CloseConsultationInput', {
  description: 'Closes an OPEN consultation now (its closing date becomes now).',
})
export class CloseConsultationInput {
  @Field(() => ID)
  @GlobalIdField('consultationId')
  consultationId: string;
}

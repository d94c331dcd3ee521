import { Field, ID, InputType } from '@nestjs/graphql';
import { GlobalIdField, LIMITS, RequiredText } from './validation.js';

@InputType('CreateSectionInput', { description: 'Adds a section at the end of the consultation.' })
export class CreateSectionInput {
  @Field(() => ID)
  @GlobalIdField('consultationId')
  consultationId: string;

  @Field()
  @RequiredText('Le titre de la section', LIMITS.sectionTitle)
  title: string;
}

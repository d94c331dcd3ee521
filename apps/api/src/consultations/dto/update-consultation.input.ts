import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, ValidateNested } from 'class-validator';
import { ConsultationSettingsInput } from './consultation-settings.input.js';
import { GlobalIdField, LIMITS, OptionalText, RequiredText } from './validation.js';

@InputType('UpdateConsultationInput', {
  description:
    'A field left out keeps its value; a date set to null is cleared (no opening date: DRAFT). Setting the dates changes the phase.',
})
export class UpdateConsultationInput {
  @Field(() => ID)
  @GlobalIdField('consultationId')
  consultationId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText('Le titre', LIMITS.consultationTitle)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText('Le résumé', LIMITS.summary)
  summary?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'La date d’ouverture doit être une date.' })
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'La date de clôture doit être une date.' })
  closesAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the answers were published.' })
  @IsOptional()
  @IsDate({ message: 'La date des réponses doit être une date.' })
  answeredAt?: Date | null;

  @Field(() => ConsultationSettingsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsultationSettingsInput)
  settings?: ConsultationSettingsInput | null;
}

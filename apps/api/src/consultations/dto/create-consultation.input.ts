import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { ConsultationSettingsInput } from './consultation-settings.input.js';
import { LIMITS, OptionalText, RequiredText, SLUG_PATTERN } from './validation.js';

@InputType('CreateConsultationInput')
export class CreateConsultationInput {
  @Field({ description: 'Its address: lower-case letters, digits and hyphens (e.g. "plan-2027").' })
  @IsString({ message: 'L’adresse (slug) doit être un texte.' })
  @Length(3, LIMITS.slug, { message: `L’adresse (slug) compte de 3 à ${LIMITS.slug} caractères.` })
  @Matches(SLUG_PATTERN, {
    message:
      'L’adresse (slug) ne contient que des lettres minuscules sans accent, des chiffres et des tirets simples, par exemple « schema-numerique-2027 ».',
  })
  slug: string;

  @Field()
  @RequiredText('Le titre', LIMITS.consultationTitle)
  title: string;

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @OptionalText('Le résumé', LIMITS.summary)
  summary?: string;

  @Field(() => Date, { nullable: true, description: 'Null: DRAFT until a date is set.' })
  @IsOptional()
  @IsDate({ message: 'La date d’ouverture doit être une date.' })
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'La date de clôture doit être une date.' })
  closesAt?: Date | null;

  @Field(() => ConsultationSettingsInput, {
    nullable: true,
    description: 'Left out: everything the OPEN phase can allow is allowed.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsultationSettingsInput)
  settings?: ConsultationSettingsInput;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { GlobalIdField, LIMITS, RequiredText } from './validation.js';

@InputType('UpdateSectionInput', { description: 'A field left out keeps its value.' })
export class UpdateSectionInput {
  @Field(() => ID)
  @GlobalIdField('sectionId')
  sectionId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText('Le titre de la section', LIMITS.sectionTitle)
  title?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'New position from 1; the other sections move to make room; articles are renumbered in reading order.',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'La position commence à 1.' })
  @Max(10_000, { message: 'La position ne peut dépasser 10 000.' })
  position?: number | null;
}

import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

@InputType('ConsultationSettingsInput', {
  description: 'Phase settings to change; a field left out keeps its value.',
})
export class ConsultationSettingsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  amendmentsOpen?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  proposalsOpen?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  votesOpen?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  argumentsOpen?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'At most this many OPEN amendments per participant and article (1 to 1,000).',
  })
  @IsOptional()
  @IsInt({ message: 'Le nombre d’amendements ouverts doit être un nombre entier.' })
  @Min(1, { message: 'Le nombre d’amendements ouverts par article doit être au moins 1.' })
  @Max(1000, { message: 'Le nombre d’amendements ouverts par article ne peut dépasser 1 000.' })
  maxOpenAmendmentsPerArticle?: number;
}

import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';

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
}

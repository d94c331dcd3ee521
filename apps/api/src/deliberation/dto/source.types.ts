import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Node } from '../../common/node.js';
import { Connection } from '../../common/pagination.js';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
const NO_CONTROL = /^[^\p{Cc}]*$/u;

@ObjectType('Source', { implements: () => [Node] })
export class Source implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Null while hidden by moderation.' })
  url: string | null;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Date)
  createdAt: Date;

  uuid: string;
  targetUuid: string;
  targetKind: string;
  authorUuid: string | null;
}

@ObjectType()
export class SourceConnection extends Connection(Source) {}

@InputType()
export class AddSourceInput {
  @Field(() => ID, { description: 'An Article, Amendment or Proposal.' })
  @IsString()
  @MaxLength(200)
  targetId: string;

  @Field({ description: 'http:// or https:// address.' })
  @IsString()
  @MaxLength(2000, { message: 'L’adresse est trop longue (2 000 caractères au plus).' })
  url: string;

  @Field()
  @Transform(trim)
  @Length(1, 300, { message: 'Le titre doit compter de 1 à 300 caractères.' })
  @Matches(NO_CONTROL, { message: 'Le titre contient des caractères de contrôle.' })
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @MaxLength(2000, { message: 'La description ne peut dépasser 2 000 caractères.' })
  description?: string;
}

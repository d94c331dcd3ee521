import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
} from 'class-validator';
import { ArticleText, GlobalIdField, LIMITS, RequiredText } from './validation.js';

@InputType('PublishVersionInput')
export class PublishVersionInput {
  @Field(() => ID)
  @GlobalIdField('articleId')
  articleId: string;

  @Field({ description: 'The whole new text; normalised (line endings, trailing spaces, NFC).' })
  @ArticleText()
  text: string;

  @Field({ description: 'What changes and why (shown with the version).' })
  @RequiredText('Le résumé des modifications', LIMITS.changelog)
  changelog: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version the new text was edited from. When set and another version has been published since, nothing is written (CONFLICT).',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Les versions sont numérotées à partir de 1.' })
  baseVersionNumber?: number | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'OPEN amendments of this article that the new text incorporates: they become INCORPORATED and the version lists them. Every other OPEN amendment is re-anchored onto the new text, or becomes OUTDATED when the lines it changes (or the lines around them) changed.',
  })
  @IsOptional()
  @IsArray({ message: 'incorporatedAmendmentIds doit être une liste d’identifiants.' })
  @ArrayMaxSize(LIMITS.incorporatedAmendments, {
    message: `Une version intègre au plus ${LIMITS.incorporatedAmendments} amendements.`,
  })
  @IsString({ each: true, message: 'incorporatedAmendmentIds doit être une liste d’identifiants.' })
  @MaxLength(LIMITS.id, { each: true, message: 'Un des identifiants d’amendement est invalide.' })
  incorporatedAmendmentIds?: string[] | null;
}

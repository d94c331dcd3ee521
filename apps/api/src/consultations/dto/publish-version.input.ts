import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Min } from 'class-validator';
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
}

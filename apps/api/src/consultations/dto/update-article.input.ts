import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { GlobalIdField, LIMITS, RequiredText } from './validation.js';

@InputType('UpdateArticleInput', {
  description:
    'Renames or moves an article (its text changes only through publishArticleVersion). A field left out keeps its value.',
})
export class UpdateArticleInput {
  @Field(() => ID)
  @GlobalIdField('articleId')
  articleId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText('Le titre de l’article', LIMITS.articleTitle)
  title?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Moves the article to this section (same consultation).',
  })
  @IsOptional()
  @GlobalIdField('sectionId')
  sectionId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Position in its (new) section from 1; left out when moving: at the end. Articles are renumbered in reading order.',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'La position commence à 1.' })
  @Max(10_000, { message: 'La position ne peut dépasser 10 000.' })
  position?: number | null;
}

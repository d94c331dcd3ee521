import { Field, ID, InputType } from '@nestjs/graphql';
import { ArticleText, GlobalIdField, LIMITS, RequiredText } from './validation.js';

@InputType('CreateArticleInput', {
  description: 'Adds an article at the end of a section, with its text as version 1.',
})
export class CreateArticleInput {
  @Field(() => ID)
  @GlobalIdField('sectionId')
  sectionId: string;

  @Field()
  @RequiredText('Le titre de l’article', LIMITS.articleTitle)
  title: string;

  @Field({
    description: 'Lines separated by "\\n"; normalised (line endings, trailing spaces, NFC).',
  })
  @ArticleText()
  text: string;
}

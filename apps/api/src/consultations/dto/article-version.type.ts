import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Node } from '../../common/node.js';

@ObjectType('Line', { description: 'A line of an article version: lines are numbered from 1.' })
export class Line {
  @Field(() => Int)
  number: number;

  @Field()
  text: string;
}

@ObjectType('ArticleVersion', {
  implements: () => [Node],
  description: 'An immutable text of an article: every version stays readable forever.',
})
export class ArticleVersion implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'From 1 (the initial text), +1 at each publication.' })
  number: number;

  @Field({ description: 'The normalised text: lines separated by "\\n", no trailing spaces.' })
  text: string;

  @Field()
  publishedAt: Date;

  @Field({ description: 'What changed from the previous version, and why.' })
  changelog: string;

  uuid: string;
  articleUuid: string;
}

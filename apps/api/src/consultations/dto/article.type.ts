import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Node } from '../../common/node.js';

@ObjectType('Article', { implements: () => [Node] })
export class Article implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Number of the article in the consultation, in reading order.' })
  number: number;

  @Field()
  title: string;

  @Field(() => Int, { description: 'Position of the article in its section, from 1.' })
  position: number;

  uuid: string;
  sectionUuid: string;
  consultationUuid: string;
}

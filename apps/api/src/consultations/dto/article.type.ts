import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Node } from '../../common/node.js';

@ObjectType('Article', { implements: () => [Node] })
export class Article implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field()
  title: string;

  uuid: string;
  sectionUuid: string;
  consultationUuid: string;
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Node } from '../../common/node.js';

@ObjectType('Section', { implements: () => [Node] })
export class Section implements Node {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => Int)
  position: number;

  uuid: string;
  consultationUuid: string;
}

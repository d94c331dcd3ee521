import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Node } from '../../common/node.js';
import { Connection } from '../../common/pagination.js';

@ObjectType('Workshop', {
  implements: () => [Node],
  description:
    'A physical workshop of a consultation (diagnostic, actions, resources…), recorded by a facilitator. The amendments, proposals and arguments collected there are entered on its behalf: their `workshop` is this one, their author the facilitator who entered them.',
})
export class Workshop implements Node {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Where it was held, e.g. "Châteauroux".' })
  place: string;

  @Field({ description: 'The day it was held: an ISO calendar date, e.g. "2026-03-17".' })
  heldOn: string;

  @Field(() => Int, { description: 'How many people took part (1 to 10,000).' })
  participantCount: number;

  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date;

  uuid: string;
  consultationUuid: string;
  facilitatorUuid: string | null;
}

@ObjectType()
export class WorkshopConnection extends Connection(Workshop) {}

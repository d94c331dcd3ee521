import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access.decorators.js';
import { ContributionOrder, ORDER_EXPLANATIONS } from '../../common/contribution-order.js';

@ObjectType({ description: 'An order of contributions and how it is computed, in plain French.' })
export class ContributionOrderInfo {
  @Field(() => ContributionOrder)
  order: ContributionOrder;

  @Field()
  label: string;

  @Field()
  explanation: string;
}

@Public()
@Resolver()
export class OrderingResolver {
  @Query(() => [ContributionOrderInfo], {
    description: 'The public page « Comment sont classées les contributions ? ».',
  })
  contributionOrders(): ContributionOrderInfo[] {
    return Object.entries(ORDER_EXPLANATIONS).map(([order, info]) => ({
      order: order as ContributionOrder,
      ...info,
    }));
  }
}

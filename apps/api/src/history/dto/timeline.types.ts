import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, MaxLength } from 'class-validator';
import { Connection, PageArgs } from '../../common/pagination.js';

/** One entry of a timeline: an event, or the votes of one day aggregated by type. */
@ObjectType('Event', {
  description: 'Something that happened (votes are aggregated per day and type).',
})
export class TimelineEvent {
  @Field(() => ID)
  id: string;

  @Field({
    description: 'e.g. amendment.proposed, argument.posted, vote.cast, article.version.published',
  })
  type: string;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => Int, {
    description: 'How many events this entry stands for (1, or the votes of a day).',
  })
  count: number;

  subjectKind: string;
  subjectUuid: string;
  actorUuid: string | null;
}

@ObjectType()
export class EventConnection extends Connection(TimelineEvent, 'Event') {}

@ArgsType()
export class TimelineArgs extends PageArgs {
  @Field(() => [String], {
    nullable: true,
    description: 'Only these event types (e.g. ["amendment.proposed"]).',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  types?: string[];
}

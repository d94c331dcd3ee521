import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Node } from '../../common/node.js';
import { BODY_MAX_LENGTH, DECISIONS, type DecisionName } from '../response-rules.js';

export const ResponseDecision = Object.fromEntries(
  DECISIONS.map((decision) => [decision, decision]),
) as { [K in DecisionName]: K };
export type ResponseDecision = DecisionName;

registerEnumType(ResponseDecision, {
  name: 'ResponseDecision',
  description:
    'ACCEPTED, PARTIALLY_ACCEPTED, REJECTED (its body gives the reasons: 2 sentences and 200 characters at least), UNDER_STUDY, NOTED.',
});

@ObjectType('ResponseRevision', {
  description:
    'A published state of an official response, oldest (1) first; every one stays public.',
})
export class ResponseRevision {
  @Field(() => Int)
  number: number;

  @Field(() => ResponseDecision)
  decision: ResponseDecision;

  @Field()
  body: string;

  @Field({ description: 'The official’s title when signing this revision.' })
  officialTitle: string;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('OfficialResponse', {
  implements: () => [Node],
  description:
    'A public, signed answer of an official to an article or a contribution. Published responses are never deleted, only revised (revisions). A draft (publishedAt null) is visible to its author only.',
})
export class OfficialResponse implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => ResponseDecision)
  decision: ResponseDecision;

  @Field()
  body: string;

  @Field({ description: 'The official’s display name when signing.' })
  officialName: string;

  @Field({ description: 'The official’s title (mandate) when signing.' })
  officialTitle: string;

  @Field(() => Date, { nullable: true, description: 'Null for a draft.' })
  publishedAt: Date | null;

  @Field(() => Date, { description: 'Last change (revision or draft edit).' })
  updatedAt: Date;

  @Field({ description: 'True for an unpublished draft (seen by its author only).' })
  draft: boolean;

  uuid: string;
  officialUuid: string;
  targetKind: string;
  targetUuid: string;
  createdAt: Date;
}

@InputType('PublishResponseInput')
export class PublishResponseInput {
  @Field(() => ID, { description: 'An Article, Amendment, Proposal or Argument.' })
  @IsString()
  @MaxLength(200)
  targetId: string;

  @Field(() => ResponseDecision)
  @IsIn(DECISIONS, { message: 'Cette décision n’existe pas.' })
  decision: ResponseDecision;

  @Field({ description: `At most ${BODY_MAX_LENGTH} characters; REJECTED gives its reasons.` })
  @IsString({ message: 'La réponse doit être un texte.' })
  @MaxLength(BODY_MAX_LENGTH * 2, { message: 'La réponse est bien trop longue.' })
  body: string;

  @Field({
    nullable: true,
    defaultValue: true,
    description:
      'False keeps it as a draft, seen only by its author (publishOfficialResponseDraft).',
  })
  @IsOptional()
  @IsBoolean()
  publish: boolean = true;
}

@InputType('ReviseResponseInput', {
  description:
    'Its author changes a response: a published one gets a new public revision (the earlier ones stay); a draft is edited in place.',
})
export class ReviseResponseInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  responseId: string;

  @Field(() => ResponseDecision)
  @IsIn(DECISIONS, { message: 'Cette décision n’existe pas.' })
  decision: ResponseDecision;

  @Field()
  @IsString({ message: 'La réponse doit être un texte.' })
  @MaxLength(BODY_MAX_LENGTH * 2, { message: 'La réponse est bien trop longue.' })
  body: string;
}

import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const RevisionKind = {
  CREATED: 'CREATED',
  EDITED: 'EDITED',
  REANCHORED: 'REANCHORED',
  OUTDATED: 'OUTDATED',
  INCORPORATED: 'INCORPORATED',
  WITHDRAWN: 'WITHDRAWN',
  ADOPTED: 'ADOPTED',
} as const;
export type RevisionKind = (typeof RevisionKind)[keyof typeof RevisionKind];

registerEnumType(RevisionKind, {
  name: 'RevisionKind',
  description:
    'What made a revision: CREATED, EDITED (by its author), REANCHORED (moved onto a new version), OUTDATED (a new version changed its lines), INCORPORATED (into a new version), WITHDRAWN, ADOPTED (a proposal became an article).',
});

@ObjectType('Revision', {
  description:
    'A public snapshot of a contribution after each change, oldest (1) first. Amendments fill lineStart, lineEnd, baseVersionNumber, proposedText and rationale; proposals fill title, body and rationale; arguments fill body.',
})
export class Revision {
  @Field(() => Int)
  number: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => RevisionKind)
  kind: RevisionKind;

  @Field(() => Int, { nullable: true })
  baseVersionNumber: number | null;

  @Field(() => Int, { nullable: true })
  lineStart: number | null;

  @Field(() => Int, { nullable: true })
  lineEnd: number | null;

  @Field(() => String, { nullable: true })
  proposedText: string | null;

  @Field(() => String, { nullable: true })
  rationale: string | null;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  body: string | null;
}

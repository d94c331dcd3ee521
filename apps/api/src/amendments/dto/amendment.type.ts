import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Node } from '../../common/node.js';
import { Connection } from '../../common/pagination.js';
import type { AmendmentStatusName } from '../entities/amendment.entity.js';

export const AmendmentStatus = {
  OPEN: 'OPEN',
  INCORPORATED: 'INCORPORATED',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
  OUTDATED: 'OUTDATED',
} as const satisfies Record<AmendmentStatusName, AmendmentStatusName>;
export type AmendmentStatus = AmendmentStatusName;

registerEnumType(AmendmentStatus, {
  name: 'AmendmentStatus',
  description:
    'OPEN: under discussion, on the current version. INCORPORATED: a new version took it in. REJECTED: turned down. WITHDRAWN: withdrawn by its author. OUTDATED: a new version changed its lines (its author can re-propose it).',
});

export const AmendmentKind = {
  REPLACEMENT: 'REPLACEMENT',
  INSERTION: 'INSERTION',
  DELETION: 'DELETION',
} as const;
export type AmendmentKind = (typeof AmendmentKind)[keyof typeof AmendmentKind];

registerEnumType(AmendmentKind, {
  name: 'AmendmentKind',
  description:
    'REPLACEMENT: new wording for lines lineStart..lineEnd. INSERTION: new lines before lineStart (lineEnd = lineStart - 1). DELETION: removes lines lineStart..lineEnd (proposedText is empty).',
});

@ObjectType('Amendment', {
  implements: () => [Node],
  description:
    'A line-level amendment: replaces lines lineStart..lineEnd (inclusive) of baseVersion with proposedText. An insertion has lineEnd = lineStart - 1 (before lineStart; lineStart = n + 1 appends); an empty proposedText deletes the lines. While OPEN it is on the current version: each new version re-anchors it (its lines move) or makes it OUTDATED.',
})
export class Amendment implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'First line replaced (or the line inserted before), from 1.' })
  lineStart: number;

  @Field(() => Int, {
    description: 'Last line replaced, inclusive; lineStart - 1 for an insertion.',
  })
  lineEnd: number;

  @Field({ description: 'The lines replaced, as they read in baseVersion ("" for an insertion).' })
  originalText: string;

  @Field(() => String, {
    nullable: true,
    description: 'The new wording: zero or more lines ("" deletes the lines).',
  })
  proposedText: string | null;

  @Field(() => String, { nullable: true, description: 'Exposé des motifs.' })
  rationale: string | null;

  @Field(() => AmendmentStatus)
  status: AmendmentStatus;

  @Field(() => AmendmentKind)
  kind: AmendmentKind;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  uuid: string;
  articleUuid: string;
  consultationUuid: string;
  baseVersionUuid: string;
  baseVersionNumber: number;
  authorUuid: string | null;
  incorporatedInVersionUuid: string | null;
  reproposedFromUuid: string | null;
  workshopUuid: string | null;
}

@ObjectType()
export class AmendmentConnection extends Connection(Amendment) {}

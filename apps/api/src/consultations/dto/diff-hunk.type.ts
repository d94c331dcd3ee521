import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const DiffHunkKind = { CHANGE: 'CHANGE', INSERT: 'INSERT', DELETE: 'DELETE' } as const;
export type DiffHunkKind = (typeof DiffHunkKind)[keyof typeof DiffHunkKind];

export const DiffSegmentKind = { EQUAL: 'EQUAL', INSERT: 'INSERT', DELETE: 'DELETE' } as const;
export type DiffSegmentKind = (typeof DiffSegmentKind)[keyof typeof DiffSegmentKind];

registerEnumType(DiffHunkKind, {
  name: 'DiffHunkKind',
  description: 'CHANGE replaces old lines by new ones; INSERT adds lines; DELETE removes lines.',
});
registerEnumType(DiffSegmentKind, { name: 'DiffSegmentKind' });

@ObjectType('DiffSegment', { description: 'A piece of a word-level diff.' })
export class DiffSegment {
  @Field(() => DiffSegmentKind)
  kind: DiffSegmentKind;

  @Field({ description: 'Words, spaces and line breaks ("\\n") kept, inserted or deleted.' })
  text: string;
}

@ObjectType('DiffHunk', {
  description:
    'A changed region between two versions: old lines oldStart..oldEnd (inclusive) become new lines newStart..newEnd. ' +
    'An empty side has end = start - 1 (an INSERT goes before old line oldStart; a DELETE leaves the new text at line newStart).',
})
export class DiffHunk {
  @Field(() => DiffHunkKind)
  kind: DiffHunkKind;

  @Field(() => Int)
  oldStart: number;

  @Field(() => Int)
  oldEnd: number;

  @Field(() => Int)
  newStart: number;

  @Field(() => Int)
  newEnd: number;

  @Field(() => [DiffSegment], {
    description: 'Word diff of the old lines against the new lines (each side joined with "\\n").',
  })
  segments: DiffSegment[];
}

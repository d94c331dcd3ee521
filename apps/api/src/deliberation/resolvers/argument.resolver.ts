import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Authenticated,
  CurrentViewer,
  Public,
  type Viewer,
} from '../../common/access.decorators.js';
import { Node, NodeRegistry } from '../../common/node.js';
import type { RequestContext } from '../../common/request-context.js';
import { Revision } from '../../common/revision.type.js';
import { Visibility } from '../../common/visibility.js';
import { EventLog, type StoredEvent } from '../../history/event-log.service.js';
import { Participant } from '../../identity/dto/participant.type.js';
import { Argument, EditArgumentInput, PostArgumentInput } from '../dto/argument.types.js';
import { ArgumentService } from '../services/argument.service.js';

@Resolver(() => Argument)
export class ArgumentResolver {
  constructor(
    private readonly argumentService: ArgumentService,
    private readonly nodes: NodeRegistry,
    private readonly events: EventLog,
    private readonly visibility: Visibility,
  ) {}

  @Authenticated()
  @Mutation(() => Argument, {
    description: 'Posts an argument for or against an Article, Amendment or Proposal.',
  })
  postArgument(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PostArgumentInput,
  ): Promise<Argument> {
    return this.argumentService.post(viewer, input);
  }

  @Authenticated()
  @Mutation(() => Argument, {
    description: 'Its author edits an argument within 15 minutes, if no one marked it convincing.',
  })
  editArgument(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: EditArgumentInput,
  ): Promise<Argument> {
    return this.argumentService.edit(viewer, input.argumentId, input.body);
  }

  @Authenticated()
  @Mutation(() => Argument, {
    description: 'Marks an argument as convincing (once per participant; not one’s own).',
  })
  markConvincing(
    @CurrentViewer() viewer: Viewer,
    @Args('argumentId', { type: () => ID }) argumentId: string,
  ): Promise<Argument> {
    return this.argumentService.markConvincing(viewer, argumentId.slice(0, 200), true);
  }

  @Authenticated()
  @Mutation(() => Argument, { description: 'Withdraws the viewer’s “convincing” mark.' })
  unmarkConvincing(
    @CurrentViewer() viewer: Viewer,
    @Args('argumentId', { type: () => ID }) argumentId: string,
  ): Promise<Argument> {
    return this.argumentService.markConvincing(viewer, argumentId.slice(0, 200), false);
  }

  @Public()
  @ResolveField(() => Node, { description: 'What the argument is about.' })
  target(@Parent() argument: Argument, @Context() context: RequestContext): Promise<Node | null> {
    return this.nodes.load(argument.targetKind, argument.targetUuid, context);
  }

  @Public()
  @ResolveField(() => Boolean, {
    description: 'Whether the viewer marked it convincing (false when anonymous).',
  })
  viewerFindsConvincing(
    @Parent() argument: Argument,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    const viewer = (context.req as { viewer?: { id: string } }).viewer;
    if (!viewer) return Promise.resolve(false);
    return context.loaders.load(
      'viewerFindsConvincing',
      (ids: readonly string[]) => this.argumentService.markedBy(viewer.id, ids),
      argument.uuid,
    );
  }

  @Public()
  @ResolveField(() => Participant, {
    nullable: true,
    description: 'Null only for a deleted account.',
  })
  author(@Parent() argument: Argument, @Context() context: RequestContext): Promise<Node | null> {
    return argument.authorUuid
      ? this.nodes.load('Participant', argument.authorUuid, context)
      : Promise.resolve(null);
  }

  @Public()
  @ResolveField(() => [Revision], {
    description:
      'Its text after each change, oldest (1) first: as posted, then after each edit by its author (empty while hidden, but for moderators and the author).',
  })
  async revisions(
    @Parent() argument: Argument,
    @Context() context: RequestContext,
  ): Promise<Revision[]> {
    if (await this.visibility.hiddenFor(context, argument.uuid, argument.authorUuid)) return [];
    const events = await context.loaders.load(
      'argumentEditEvents',
      (ids: readonly string[]) => this.events.about(ids, ['argument.edited']),
      argument.uuid,
    );
    return argumentRevisions(argument, events);
  }
}

/**
 * An argument's revisions from its edit events, each of which keeps the text it replaced: the
 * text as posted is the first edit's previous text (or the current text if never edited).
 */
export function argumentRevisions(
  argument: Pick<Argument, 'body' | 'createdAt'>,
  edits: readonly Pick<StoredEvent, 'occurredAt' | 'payload'>[],
): Revision[] {
  const texts = [
    ...edits.map((edit) => String(edit.payload.previousBody ?? '')),
    argument.body ?? '',
  ];
  const times = [argument.createdAt, ...edits.map((edit) => edit.occurredAt)];
  return texts.map((body, index) =>
    Object.assign(new Revision(), {
      number: index + 1,
      createdAt: times[index] as Date,
      kind: index === 0 ? 'CREATED' : 'EDITED',
      baseVersionNumber: null,
      lineStart: null,
      lineEnd: null,
      proposedText: null,
      rationale: null,
      title: null,
      body,
    }),
  );
}

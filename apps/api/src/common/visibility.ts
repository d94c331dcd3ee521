import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from './request-context.js';

/** The public moderation state of a contribution (a tombstone when hidden). */
export interface ModerationState {
  readonly hidden: boolean;
  readonly reason: string | null;
  readonly reasonCategory: string | null;
  readonly hiddenAt: Date | null;
  /** The moderation action that hid it (row uuid), for an appeal. */
  readonly actionId?: string | null;
}

export const VISIBLE: ModerationState = Object.freeze({
  hidden: false,
  reason: null,
  reasonCategory: null,
  hiddenAt: null,
});

export type StatesLoader = (
  uuids: readonly string[],
  manager?: EntityManager,
) => Promise<ModerationState[]>;

/**
 * Who may read what a contribution's author wrote: everyone, unless moderation hid it — then only
 * moderators and its author. Written once here; the moderation context registers how to read
 * states, and every context that owns contributions asks here before showing their text.
 */
@Injectable()
export class Visibility {
  private loader: StatesLoader = async (uuids) => uuids.map(() => VISIBLE);

  registerStates(loader: StatesLoader): void {
    this.loader = loader;
  }

  /** States of contributions, in the caller's transaction when given (no request batching). */
  states(uuids: readonly string[], manager?: EntityManager): Promise<ModerationState[]> {
    return this.loader(uuids, manager);
  }

  /** The state of one contribution, batched per request. */
  stateOf(context: RequestContext, uuid: string): Promise<ModerationState> {
    return context.loaders.load(
      'moderationState',
      (uuids: readonly string[]) => this.loader(uuids),
      uuid,
    );
  }

  /** True when the viewer of this request must see a tombstone instead of the author's text. */
  async hiddenFor(
    context: RequestContext,
    uuid: string,
    authorUuid: string | null,
  ): Promise<boolean> {
    const state = await this.stateOf(context, uuid);
    if (!state.hidden) return false;
    const viewer = (context.req as { viewer?: { id: string; roles: readonly string[] } }).viewer;
    return !(viewer && (viewer.roles.includes('MODERATOR') || viewer.id === authorUuid));
  }

  /** `value` for those who may read it, null for the others. */
  async guard<T>(
    context: RequestContext,
    uuid: string,
    authorUuid: string | null,
    value: T,
  ): Promise<T | null> {
    return (await this.hiddenFor(context, uuid, authorUuid)) ? null : value;
  }
}

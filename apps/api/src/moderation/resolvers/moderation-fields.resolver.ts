import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Inject, type Type } from '@nestjs/common';
import { Public } from '../../common/access.decorators.js';
import { toGlobalId } from '../../common/global-id.js';
import type { RequestContext } from '../../common/request-context.js';
import { Visibility } from '../../common/visibility.js';
import { ModerationInfo, type ReportReason } from '../dto/moderation.types.js';

interface Moderated {
  uuid: string;
  authorUuid: string | null;
}

/**
 * The moderation of a contribution type: its public `moderation` state and, while it is hidden,
 * null in place of the fields its author wrote — for everyone but moderators and the author.
 * A context that owns contributions adds `moderationFieldsResolver(Type, ['body', …])` to its
 * providers; computed fields that show the author's text ask `Visibility.hiddenFor` themselves.
 */
export function moderationFieldsResolver<T extends Moderated>(
  classRef: Type<T>,
  authoredFields: readonly (keyof T & string)[],
): Type<unknown> {
  @Public()
  @Resolver(() => classRef)
  class ModerationFieldsResolver {
    constructor(@Inject(Visibility) readonly visibility: Visibility) {}

    @ResolveField(() => ModerationInfo)
    async moderation(
      @Parent() parent: T,
      @Context() context: RequestContext,
    ): Promise<ModerationInfo> {
      const state = await this.visibility.stateOf(context, parent.uuid);
      return {
        hidden: state.hidden,
        reason: state.reason,
        reasonCategory: state.reasonCategory as ReportReason | null,
        hiddenAt: state.hiddenAt,
        actionId:
          state.hidden && state.actionId ? toGlobalId('ModerationAction', state.actionId) : null,
      };
    }
  }
  for (const field of authoredFields) {
    const resolve = function (
      this: ModerationFieldsResolver,
      parent: T,
      context: RequestContext,
    ): Promise<unknown> {
      return this.visibility.guard(context, parent.uuid, parent.authorUuid, parent[field]);
    };
    Object.defineProperty(ModerationFieldsResolver.prototype, field, {
      value: resolve,
      writable: true,
      configurable: true,
    });
    const descriptor = Object.getOwnPropertyDescriptor(
      ModerationFieldsResolver.prototype,
      field,
    ) as PropertyDescriptor;
    Parent()(ModerationFieldsResolver.prototype, field, 0);
    Context()(ModerationFieldsResolver.prototype, field, 1);
    Reflect.defineMetadata(
      'design:paramtypes',
      [Object, Object],
      ModerationFieldsResolver.prototype,
      field,
    );
    ResolveField(field, () => String, { nullable: true })(
      ModerationFieldsResolver.prototype,
      field,
      descriptor,
    );
  }
  Object.defineProperty(ModerationFieldsResolver, 'name', {
    value: `${classRef.name}ModerationFieldsResolver`,
  });
  return ModerationFieldsResolver;
}

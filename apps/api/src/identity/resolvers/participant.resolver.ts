import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, Roles, type Viewer } from '../../common/access.decorators.js';
import { parseGlobalId } from '../../common/global-id.js';
import { RoleChangeInput } from '../dto/account.inputs.js';
import { toParticipant } from '../dto/mappers.js';
import { Participant } from '../dto/participant.type.js';
import { AccountService } from '../services/account.service.js';
import { ParticipantService } from '../services/participant.service.js';

@Resolver(() => Participant)
export class ParticipantResolver {
  constructor(
    private readonly participants: ParticipantService,
    private readonly accounts: AccountService,
  ) {}

  @Public()
  @Query(() => Participant, {
    nullable: true,
    description: 'A participant by id; null for a deleted account.',
  })
  async participant(@Args('id', { type: () => ID }) id: string): Promise<Participant | null> {
    const decoded = parseGlobalId(id);
    if (decoded?.type !== 'Participant') return null;
    const [row] = await this.participants.byIds([decoded.id]);
    return row ? toParticipant(row) : null;
  }

  @Roles('ADMIN')
  @Mutation(() => Participant, {
    description: 'Grants a role (recorded); OFFICIAL needs a public title.',
  })
  async grantRole(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RoleChangeInput,
  ): Promise<Participant> {
    return toParticipant(await this.accounts.changeRole(viewer, input, true));
  }

  @Roles('ADMIN')
  @Mutation(() => Participant, { description: 'Revokes a role (recorded).' })
  async revokeRole(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RoleChangeInput,
  ): Promise<Participant> {
    return toParticipant(await this.accounts.changeRole(viewer, input, false));
  }
}

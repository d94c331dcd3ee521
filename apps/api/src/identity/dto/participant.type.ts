import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Node } from '../../common/node.js';
import { ROLES, type RoleName } from '../entities/participant.entity.js';

export const Role = Object.fromEntries(ROLES.map((role) => [role, role])) as { [K in RoleName]: K };
registerEnumType(Role, { name: 'Role' });

/** The public face of a participant: never an email. */
@ObjectType('Participant', { implements: () => [Node] })
export class Participant implements Node {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => [Role])
  roles: RoleName[];

  @Field(() => String, {
    nullable: true,
    description: 'Public mandate of an official, e.g. "Vice-présidente…".',
  })
  officialTitle: string | null;

  @Field(() => Date)
  joinedAt: Date;

  uuid: string;
}

/** The logged-in participant: the only type that shows an email. */
@ObjectType('Viewer')
export class ViewerType {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field(() => [Role])
  roles: RoleName[];

  @Field(() => String, { nullable: true })
  officialTitle: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until then the account can read and appeal, not contribute.',
  })
  suspendedUntil: Date | null;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Session token; also works as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => ViewerType)
  viewer: ViewerType;
}

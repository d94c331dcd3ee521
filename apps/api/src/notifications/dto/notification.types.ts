import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Node } from '../../common/node.js';
import { Connection, PageArgs } from '../../common/pagination.js';
import { NOTIFICATION_KINDS, type NotificationKindName } from '../notification-kinds.js';

export const NotificationKind = Object.fromEntries(
  NOTIFICATION_KINDS.map((kind) => [kind, kind]),
) as { [K in NotificationKindName]: K };
export type NotificationKind = NotificationKindName;

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'OFFICIAL_RESPONSE: an official answered your contribution. AMENDMENT_INCORPORATED / AMENDMENT_REJECTED / AMENDMENT_OUTDATED: what became of your amendment. CONTRIBUTION_HIDDEN: moderation hid your contribution.',
});

@ObjectType('Notification', {
  implements: () => [Node],
  description: 'A message of the viewer’s inbox; only its recipient can read it.',
})
export class Notification implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null while unread.' })
  readAt: Date | null;

  uuid: string;
  recipientUuid: string;
  subjectType: string | null;
  subjectUuid: string | null;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}

@ArgsType()
export class NotificationListArgs extends PageArgs {
  @Field({ nullable: true, defaultValue: false, description: 'Only the unread ones.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly: boolean = false;
}

@ObjectType('NotificationPreference', {
  description: 'Whether a kind of notification is also sent by email (the inbox always has it).',
})
export class NotificationPreference {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: 'Also sent to the participant’s address (never shown: see Viewer).' })
  byMail: boolean;
}

@InputType('NotificationPreferenceInput')
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  @IsIn(NOTIFICATION_KINDS, { message: 'Ce type de notification n’existe pas.' })
  kind: NotificationKind;

  @Field()
  @IsBoolean({ message: 'byMail doit valoir true ou false.' })
  byMail: boolean;
}

@InputType('SetNotificationPreferencesInput', {
  description: 'The kinds listed change; the others keep their setting.',
})
export class SetNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput])
  @ArrayMaxSize(NOTIFICATION_KINDS.length * 2, { message: 'Trop de préférences à la fois.' })
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  preferences: NotificationPreferenceInput[];
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { description: 'At most 100 notifications of the viewer.' })
  @ArrayMaxSize(100, { message: 'Marquez au plus 100 notifications à la fois.' })
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  ids: string[];
}

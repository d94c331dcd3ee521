import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Node } from '../../common/node.js';
import { Connection } from '../../common/pagination.js';

export const REPORT_REASONS = [
  'SPAM',
  'OFFENSIVE',
  'HARASSMENT',
  'OFF_TOPIC',
  'PERSONAL_DATA',
  'MISINFORMATION',
  'OTHER',
] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const ReportReason = Object.fromEntries(REPORT_REASONS.map((r) => [r, r])) as {
  [K in ReportReason]: K;
};
registerEnumType(ReportReason, { name: 'ReportReason' });

export const MODERATION_KINDS = [
  'HIDE',
  'RESTORE',
  'DISMISS_REPORTS',
  'SUSPEND',
  'REINSTATE',
] as const;
export type ModerationKind = (typeof MODERATION_KINDS)[number];
export const ModerationKind = Object.fromEntries(MODERATION_KINDS.map((k) => [k, k])) as {
  [K in ModerationKind]: K;
};
registerEnumType(ModerationKind, { name: 'ModerationKind' });

export const ReportStatus = {
  PENDING: 'PENDING',
  UPHELD: 'UPHELD',
  DISMISSED: 'DISMISSED',
} as const;
registerEnumType(ReportStatus, { name: 'ReportStatus' });
export const AppealStatus = { PENDING: 'PENDING', GRANTED: 'GRANTED', DENIED: 'DENIED' } as const;
registerEnumType(AppealStatus, { name: 'AppealStatus' });

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

@ObjectType({
  description: 'Public moderation state: a hidden contribution stays in place as a tombstone.',
})
export class ModerationInfo {
  @Field()
  hidden: boolean;

  @Field(() => String, { nullable: true, description: 'The statement of reasons of the hiding.' })
  reason: string | null;

  @Field(() => ReportReason, { nullable: true })
  reasonCategory: ReportReason | null;

  @Field(() => Date, { nullable: true })
  hiddenAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The action that hid it (to appeal it).' })
  actionId: string | null;
}

@ObjectType('ModerationAction', {
  implements: () => [Node],
  description: 'An entry of the public moderation log.',
})
export class ModerationAction implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => ModerationKind)
  kind: ModerationKind;

  @Field(() => ReportReason)
  reasonCategory: ReportReason;

  @Field({ description: 'Statement of reasons.' })
  reason: string;

  @Field({ description: 'True when taken automatically after reports from distinct participants.' })
  automatic: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  suspendedUntil: Date | null;

  uuid: string;
  targetUuid: string | null;
  targetKind: string | null;
  participantUuid: string | null;
  moderatorUuid: string | null;
}

@ObjectType()
export class ModerationActionConnection extends Connection(ModerationAction) {}

@ObjectType('Report', {
  implements: () => [Node],
  description: 'A report; who reported is never public.',
})
export class Report implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => ReportReason)
  reason: ReportReason;

  @Field(() => String, { nullable: true })
  details: string | null;

  @Field(() => ReportStatus)
  status: string;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('Appeal', { implements: () => [Node] })
export class Appeal implements Node {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  @Field(() => AppealStatus)
  status: string;

  @Field(() => String, { nullable: true })
  decisionReason: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  actionUuid: string;
}

@ObjectType({ description: 'A contribution with open reports, in the moderators’ queue.' })
export class QueueItem {
  @Field(() => Node)
  target: Node;

  @Field(() => Int)
  reportCount: number;

  @Field(() => [ReportReason])
  reasons: ReportReason[];

  @Field(() => [String], { description: 'Details written by reporters (anonymous).' })
  details: string[];

  @Field(() => Date)
  firstReportedAt: Date;

  @Field()
  hidden: boolean;

  @Field(() => [ModerationAction], { description: 'Earlier actions on its author.' })
  authorHistory: ModerationAction[];
}

@InputType()
export class ReportInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  contributionId: string;

  @Field(() => ReportReason)
  @IsIn(REPORT_REASONS)
  reason: ReportReason;

  @Field({ nullable: true, description: 'Required for OTHER.' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(2000, { message: 'Les précisions ne peuvent dépasser 2 000 caractères.' })
  details?: string;
}

@InputType()
export class ModerateInput {
  @Field(() => ID, { nullable: true, description: 'For HIDE, RESTORE, DISMISS_REPORTS.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contributionId?: string;

  @Field(() => ID, { nullable: true, description: 'For SUSPEND, REINSTATE.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  participantId?: string;

  @Field(() => ModerationKind)
  @IsIn(MODERATION_KINDS)
  action: ModerationKind;

  @Field(() => ReportReason)
  @IsIn(REPORT_REASONS)
  reasonCategory: ReportReason;

  @Field({ description: 'Statement of reasons, shown in the public log.' })
  @Transform(trim)
  @Length(10, 5000, {
    message:
      'Le motif doit compter de 10 à 5 000 caractères : il est publié dans le journal de modération.',
  })
  reason: string;

  @Field(() => Int, { nullable: true, description: 'Length of a suspension, in days (1 to 365).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  suspendDays?: number;
}

@InputType()
export class AppealInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  moderationActionId: string;

  @Field()
  @Transform(trim)
  @Length(10, 5000, { message: 'L’appel doit compter de 10 à 5 000 caractères.' })
  text: string;
}

@InputType()
export class DecideAppealInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  appealId: string;

  @Field({ description: 'True reverses the action.' })
  @IsBoolean()
  grant: boolean;

  @Field()
  @Transform(trim)
  @Length(10, 5000, { message: 'La décision doit être motivée (10 à 5 000 caractères).' })
  reason: string;
}

@ObjectType({ description: 'How reports hide contributions in a consultation.' })
export class ModerationSettings {
  @Field(() => Int, {
    description: 'Open reports from distinct participants that hide a contribution pending review.',
  })
  autoHideThreshold: number;

  @Field(() => Int, {
    description: 'Reports count only from accounts at least this many days old (0: all).',
  })
  reporterMinAccountDays: number;
}

@InputType()
export class ModerationSettingsInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  consultationId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'Le seuil de masquage automatique doit être d’au moins 1 signalement.' })
  @Max(1000)
  autoHideThreshold: number;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'L’ancienneté minimale ne peut être négative.' })
  @Max(3650)
  reporterMinAccountDays: number;
}

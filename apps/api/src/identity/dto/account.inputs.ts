import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../services/password-policy.js';
import { ROLES, type RoleName } from '../entities/participant.entity.js';
import { Role } from './participant.type.js';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
/** No control characters, no markup brackets in a display name. */
const DISPLAY_NAME = /^[^\p{Cc}\p{Cf}<>]+$/u;

@InputType()
export class RegisterInput {
  @Field()
  @Transform(trim)
  @MaxLength(254, { message: 'L’adresse e-mail est trop longue.' })
  @IsEmail({}, { message: 'L’adresse e-mail n’est pas valide.' })
  email: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, {
    message: `Le mot de passe ne peut dépasser ${PASSWORD_MAX_LENGTH} caractères.`,
  })
  password: string;

  @Field({ description: 'Public name; a pseudonym is fine.' })
  @Transform(trim)
  @Length(2, 80, { message: 'Le nom d’affichage doit compter de 2 à 80 caractères.' })
  @Matches(DISPLAY_NAME, {
    message: 'Le nom d’affichage ne peut contenir ni caractères de contrôle ni < >.',
  })
  displayName: string;
}

@InputType()
export class LoginInput {
  @Field()
  @Transform(trim)
  @MaxLength(254, { message: 'L’adresse e-mail est trop longue.' })
  @IsEmail({}, { message: 'L’adresse e-mail n’est pas valide.' })
  email: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, { message: 'Adresse e-mail ou mot de passe incorrect.' })
  password: string;
}

@InputType()
export class UpdateAccountInput {
  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @Length(2, 80, { message: 'Le nom d’affichage doit compter de 2 à 80 caractères.' })
  @Matches(DISPLAY_NAME, {
    message: 'Le nom d’affichage ne peut contenir ni caractères de contrôle ni < >.',
  })
  displayName?: string;

  @Field({ nullable: true, description: 'Required to change the password.' })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, {
    message: `Le mot de passe ne peut dépasser ${PASSWORD_MAX_LENGTH} caractères.`,
  })
  newPassword?: string;
}

@InputType()
export class RoleChangeInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  participantId: string;

  @Field(() => Role)
  @IsIn(ROLES)
  role: RoleName;

  @Field({ nullable: true, description: 'Public mandate, required when granting OFFICIAL.' })
  @IsOptional()
  @Transform(trim)
  @Length(3, 160, { message: 'Le titre doit compter de 3 à 160 caractères.' })
  officialTitle?: string;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, MaxLength } from 'class-validator';

/**
 * Edge checks (types, gross sizes); the exact rules (blank, one line, a day that has come,
 * attendance 1 to 10,000) are the service's, in `workshop-rules.ts`, with the field named.
 */
@InputType('RecordWorkshopInput', {
  description:
    'Records a workshop held for a consultation (a facilitator, while the consultation is open).',
})
export class RecordWorkshopInput {
  @Field(() => ID)
  @IsString({ message: 'consultationId doit être un identifiant.' })
  @MaxLength(200, { message: 'consultationId n’est pas un identifiant valide.' })
  consultationId: string;

  @Field({ description: '1 to 200 characters, on one line, e.g. "Citoyenneté".' })
  @IsString({ message: 'Le titre de l’atelier doit être un texte.' })
  @MaxLength(1000, {
    message: 'Le titre de l’atelier est bien trop long : 200 caractères au plus.',
  })
  title: string;

  @Field({ description: '1 to 200 characters, on one line, e.g. "Châteauroux".' })
  @IsString({ message: 'Le lieu de l’atelier doit être un texte.' })
  @MaxLength(1000, { message: 'Le lieu de l’atelier est bien trop long : 200 caractères au plus.' })
  place: string;

  @Field({
    description:
      'The day it was held, "YYYY-MM-DD": not in the future (Paris time), at most a year before the consultation opened.',
  })
  @IsString({ message: 'La date de l’atelier doit être un texte AAAA-MM-JJ.' })
  @MaxLength(40, { message: 'La date de l’atelier doit être au format AAAA-MM-JJ.' })
  heldOn: string;

  @Field(() => Int, { description: 'How many people took part: 1 to 10,000.' })
  @IsInt({ message: 'Le nombre de participants doit être un nombre entier.' })
  participantCount: number;
}

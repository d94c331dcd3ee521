import { applyDecorators } from '@nestjs/common';
import { IsInt, IsString, MaxLength, Min } from 'class-validator';
import { TEXT_LIMITS } from '../text-rules.js';

/**
 * Edge checks of the inputs: types, whole numbers, gross sizes. The exact limits (counted in
 * characters after normalisation) and control characters are checked by the services, with the
 * same rules for proposing, editing and re-proposing (`text-rules.ts`).
 */
export function GlobalIdField(label: string): PropertyDecorator {
  return applyDecorators(
    IsString({ message: `${label} doit être un identifiant.` }),
    MaxLength(200, { message: `${label} n’est pas un identifiant valide.` }),
  );
}

/** A text of at most twice `limit` UTF-16 units before normalisation (the service counts exactly). */
export function TextField(label: string, limit: keyof typeof TEXT_LIMITS): PropertyDecorator {
  const max = TEXT_LIMITS[limit];
  return applyDecorators(
    IsString({ message: `${label} doit être un texte.` }),
    MaxLength(max * 2, {
      message: `${label} est bien trop long : ${max.toLocaleString('fr-FR')} caractères au plus.`,
    }),
  );
}

export function LineNumberField(label: string, min: number): PropertyDecorator {
  return applyDecorators(
    IsInt({ message: `${label} doit être un nombre entier.` }),
    Min(min, { message: `${label} doit être au moins ${min}.` }),
  );
}

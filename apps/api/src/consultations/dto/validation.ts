import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength, type ValidationArguments } from 'class-validator';
import { MAX_TEXT_LENGTH } from '../consultation.exception.js';

/** Lower-case words of letters and digits joined by single hyphens (the database checks it too). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const LIMITS = {
  slug: 80,
  consultationTitle: 200,
  summary: 10_000,
  sectionTitle: 200,
  articleTitle: 300,
  changelog: 2000,
  text: MAX_TEXT_LENGTH,
  id: 200,
  incorporatedAmendments: 1000,
} as const;

const trim = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value,
);

/** A trimmed, non-blank string of at most `max` characters; `label` names it in messages. */
export function RequiredText(label: string, max: number): PropertyDecorator {
  return applyDecorators(
    trim,
    IsString({ message: `${label} doit être un texte.` }),
    Matches(/\S/, { message: `${label} est vide : saisissez-le.` }),
    MaxLength(max, {
      message: (args: ValidationArguments) =>
        `${label} compte ${String(args.value).length} caractères ; ${max} au plus.`,
    }),
  );
}

/** A trimmed string, possibly empty, of at most `max` characters. */
export function OptionalText(label: string, max: number): PropertyDecorator {
  return applyDecorators(
    trim,
    IsString({ message: `${label} doit être un texte.` }),
    MaxLength(max, {
      message: (args: ValidationArguments) =>
        `${label} compte ${String(args.value).length} caractères ; ${max} au plus.`,
    }),
  );
}

/** The text of an article: not blank, at most 100,000 characters (normalised by the service). */
export function ArticleText(): PropertyDecorator {
  return applyDecorators(
    IsString({ message: 'Le texte de l’article doit être un texte.' }),
    Matches(/\S/, { message: 'Le texte de l’article est vide : saisissez au moins une ligne.' }),
    MaxLength(MAX_TEXT_LENGTH, {
      message: (args: ValidationArguments) =>
        `Le texte compte ${[...String(args.value)].length.toLocaleString('fr-FR')} caractères ; un article en compte au plus ${MAX_TEXT_LENGTH.toLocaleString('fr-FR')}.`,
    }),
  );
}

/** A global id (decoded and type-checked by the resolver). */
export function GlobalIdField(label: string): PropertyDecorator {
  return applyDecorators(
    IsString({ message: `${label} doit être un identifiant.` }),
    MaxLength(LIMITS.id, { message: `${label} n’est pas un identifiant valide.` }),
  );
}

import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 10;
/** argon2 takes time in proportion to the input: a ceiling keeps it from being a weapon. */
export const PASSWORD_MAX_LENGTH = 200;

/** The 10,000 most common passwords (ranked list of zxcvbn-ts), compared case-insensitively. */
const COMMON = new Set(
  (dictionary['passwords-common'] as string[])
    .slice(0, 10_000)
    .map((password) => password.toLowerCase()),
);

/** Why a password is refused, in French, or undefined when it is acceptable. */
export function passwordProblem(
  password: string,
  context: { email?: string; displayName?: string } = {},
): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `Le mot de passe ne peut dépasser ${PASSWORD_MAX_LENGTH} caractères.`;
  }
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) {
    return 'Ce mot de passe fait partie des plus courants : choisissez-en un autre, par exemple une phrase de plusieurs mots.';
  }
  const personal = [context.email?.split('@')[0], context.displayName].filter(
    (value): value is string => Boolean(value && value.length >= 4),
  );
  if (personal.some((value) => lower.includes(value.toLowerCase()))) {
    return 'Le mot de passe ne doit pas contenir votre adresse ou votre nom d’affichage.';
  }
  return undefined;
}

import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The language of the messages the API writes for people. */
export const serverMessageLanguage = 'fr';

/** One problem to show: in the summary at the top, and beside its field when it has one. */
export interface FormError<Field extends string = string> {
  field?: Field;
  message: string;
  /** Set for messages written by the server (in French), so screen readers pick the right voice. */
  lang?: string;
}

export interface ServerErrorMapping<Field extends string> {
  /** The API's `extensions.field` names, mapped to this form's fields. */
  fields?: Partial<Record<string, Field>>;
  /** Where a message that names no field goes, for these error codes (e.g. a failed login). */
  fallback?: { field: Field; codes: readonly string[] };
  /** Shown when the service cannot be reached at all. */
  networkMessage: string;
}

/** The `extensions.code` of each GraphQL error in `error` (none for a network failure). */
export function errorCodes(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((item) => String(item.extensions?.code ?? ''));
}

/**
 * Turns what a mutation threw into problems a person can act on: the server's own message
 * (it is written for people), placed on the field it names; a plain message when the
 * network failed.
 */
export function formErrorsFrom<Field extends string>(
  error: unknown,
  mapping: ServerErrorMapping<Field>,
): FormError<Field>[] {
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0) {
    return [{ message: mapping.networkMessage }];
  }
  return error.errors.map((item) => {
    const extensions = item.extensions ?? {};
    const code = String(extensions.code ?? '');
    const named =
      typeof extensions.field === 'string' ? mapping.fields?.[extensions.field] : undefined;
    const fallback = mapping.fallback?.codes.includes(code) ? mapping.fallback.field : undefined;
    return { field: named ?? fallback, message: item.message, lang: serverMessageLanguage };
  });
}

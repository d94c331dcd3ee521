import { AmendoException, type ErrorCode } from '../common/errors.js';

/**
 * A domain error of the responses context: a code and a French message a person can act on;
 * `details.field` names the input at fault, `details.reason` the rule.
 */
export class ResponseException extends AmendoException {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }

  static notFound(): ResponseException {
    return new ResponseException(
      'NOT_FOUND',
      'Aucune réponse officielle ne correspond à cet identifiant.',
    );
  }

  static consultationNotFound(): ResponseException {
    return new ResponseException(
      'NOT_FOUND',
      'Aucune consultation ne correspond à cet identifiant.',
    );
  }

  static badBody(message: string): ResponseException {
    return new ResponseException('BAD_USER_INPUT', message, { field: 'body' });
  }

  static targetHidden(): ResponseException {
    return new ResponseException(
      'CONFLICT',
      'Cette contribution est masquée par la modération : elle ne peut pas recevoir de réponse officielle tant qu’elle l’est.',
      { reason: 'TARGET_HIDDEN' },
    );
  }

  static notOpenYet(): ResponseException {
    return new ResponseException(
      'CONFLICT',
      'La consultation n’est pas encore ouverte : les réponses officielles seront possibles à son ouverture.',
      { reason: 'PHASE' },
    );
  }

  static alreadyResponded(draft: boolean): ResponseException {
    return new ResponseException(
      'CONFLICT',
      draft
        ? 'Vous avez déjà un brouillon de réponse à cette contribution : modifiez-le (reviseOfficialResponse) ou publiez-le (publishOfficialResponseDraft).'
        : 'Vous avez déjà répondu à cette contribution : révisez votre réponse (reviseOfficialResponse), chaque version reste publique.',
      { reason: 'ALREADY_RESPONDED' },
    );
  }

  static notAuthor(): ResponseException {
    return new ResponseException(
      'FORBIDDEN',
      'Seul·e l’élu·e qui a signé cette réponse peut la réviser.',
      { reason: 'NOT_AUTHOR' },
    );
  }

  static alreadyPublished(): ResponseException {
    return new ResponseException('CONFLICT', 'Cette réponse est déjà publiée.', {
      reason: 'ALREADY_PUBLISHED',
    });
  }

  static nothingChanged(): ResponseException {
    return new ResponseException(
      'BAD_USER_INPUT',
      'Rien n’a changé : modifiez la décision ou le texte avant d’enregistrer.',
    );
  }

  static noTitle(): ResponseException {
    return new ResponseException(
      'CONFLICT',
      'Votre compte n’a pas de titre officiel : une réponse est signée du nom et du mandat de l’élu·e. Demandez à un administrateur de l’enregistrer.',
      { reason: 'NO_OFFICIAL_TITLE' },
    );
  }

  static policyFrozen(): ResponseException {
    return new ResponseException(
      'CONFLICT',
      'La consultation est close : les engagements de réponse sont figés depuis la clôture et la règle ne peut plus changer.',
      { reason: 'OBLIGATIONS_FROZEN' },
    );
  }

  static badPolicy(field: string, message: string): ResponseException {
    return new ResponseException('BAD_USER_INPUT', message, { field });
  }
}

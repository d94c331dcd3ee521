import { AmendoException, type ErrorCode } from '../common/errors.js';

/**
 * A domain error of the workshops context: a code and a French message a person can act on;
 * `details.field` names the input at fault, `details.reason` the rule that refused it.
 */
export class WorkshopException extends AmendoException {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }

  static notFound(): WorkshopException {
    return new WorkshopException('NOT_FOUND', 'Aucun atelier ne correspond à cet identifiant.', {
      field: 'workshopId',
    });
  }

  static consultationNotFound(): WorkshopException {
    return new WorkshopException(
      'NOT_FOUND',
      'Aucune consultation ne correspond à cet identifiant.',
      { field: 'consultationId' },
    );
  }

  static badField(field: string, message: string): WorkshopException {
    return new WorkshopException('BAD_USER_INPUT', message, { field });
  }

  /** A citizen (or an official…) tried to write on behalf of a workshop. */
  static notFacilitator(): WorkshopException {
    return new WorkshopException(
      'FORBIDDEN',
      'Seul un compte de médiation peut saisir une contribution au nom d’un atelier : retirez l’atelier pour contribuer en votre nom.',
      { field: 'workshopId', reason: 'NOT_FACILITATOR' },
    );
  }

  /** A facilitator account writes for workshops only: it must say which one. */
  static workshopRequired(): WorkshopException {
    return new WorkshopException(
      'BAD_USER_INPUT',
      'Un compte de médiation saisit les contributions des ateliers : choisissez l’atelier dont elle est issue (workshopId), depuis l’espace médiation.',
      { field: 'workshopId', reason: 'WORKSHOP_REQUIRED' },
    );
  }

  static otherConsultation(): WorkshopException {
    return new WorkshopException(
      'BAD_USER_INPUT',
      'Cet atelier appartient à une autre consultation : choisissez un atelier de celle-ci.',
      { field: 'workshopId', reason: 'OTHER_CONSULTATION' },
    );
  }

  static closed(phase: string): WorkshopException {
    return new WorkshopException(
      'FORBIDDEN',
      phase === 'DRAFT'
        ? 'La consultation n’est pas encore ouverte : les ateliers pourront être enregistrés à son ouverture.'
        : 'La consultation est close : on ne peut plus enregistrer d’atelier ni saisir ses contributions.',
      { reason: 'PHASE', phase },
    );
  }
}

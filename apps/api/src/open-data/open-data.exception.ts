import { AmendoException, type ErrorCode } from '../common/errors.js';

/** A domain error of the open-data context (bulk exports), with a French message. */
export class OpenDataException extends AmendoException {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }

  static unknownConsultation(): OpenDataException {
    return new OpenDataException('NOT_FOUND', 'Consultation introuvable.', {
      reason: 'UNKNOWN_CONSULTATION',
    });
  }

  static unknownFile(): OpenDataException {
    return new OpenDataException(
      'NOT_FOUND',
      'Jeu de données introuvable : la liste des fichiers est dans datapackage.json.',
      { reason: 'UNKNOWN_DATASET' },
    );
  }

  static busy(): OpenDataException {
    return new OpenDataException(
      'RATE_LIMITED',
      'Trop de téléchargements sont en cours : réessayez dans un instant.',
      { retryAfter: 30 },
    );
  }
}

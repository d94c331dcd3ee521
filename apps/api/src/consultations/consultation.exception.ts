import { AmendoException, type ErrorCode } from '../common/errors.js';

/** The most characters an article text may have (counted as Unicode code points). */
export const MAX_TEXT_LENGTH = 100_000;

/** A domain error of the consultations context (the consultation's plan and its texts). */
export class ConsultationException extends AmendoException {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }

  static consultationNotFound(): ConsultationException {
    return new ConsultationException(
      'NOT_FOUND',
      'Aucune consultation ne correspond à cet identifiant.',
    );
  }

  static sectionNotFound(): ConsultationException {
    return new ConsultationException(
      'NOT_FOUND',
      'Aucune section ne correspond à cet identifiant.',
    );
  }

  static articleNotFound(): ConsultationException {
    return new ConsultationException('NOT_FOUND', 'Aucun article ne correspond à cet identifiant.');
  }

  static versionNotFound(
    articleNumber: number,
    versionNumber: number,
    latest: number,
  ): ConsultationException {
    return new ConsultationException(
      'NOT_FOUND',
      `L’article ${articleNumber} n’a pas de version ${versionNumber} : ses versions vont de 1 à ${latest}.`,
      { versionNumber, latestVersion: latest },
    );
  }

  static slugTaken(slug: string): ConsultationException {
    return new ConsultationException(
      'CONFLICT',
      `L’adresse « ${slug} » est déjà celle d’une autre consultation : choisissez-en une autre.`,
      { field: 'slug' },
    );
  }

  static emptyText(): ConsultationException {
    return new ConsultationException(
      'BAD_USER_INPUT',
      'Le texte de l’article est vide : saisissez au moins une ligne.',
      { field: 'text' },
    );
  }

  static textTooLong(length: number): ConsultationException {
    return new ConsultationException(
      'BAD_USER_INPUT',
      `Le texte compte ${length.toLocaleString('fr-FR')} caractères ; un article en compte au plus ${MAX_TEXT_LENGTH.toLocaleString('fr-FR')}.`,
      { field: 'text', length, maxLength: MAX_TEXT_LENGTH },
    );
  }

  static identicalText(currentVersion: number): ConsultationException {
    return new ConsultationException(
      'CONFLICT',
      `Ce texte est identique à la version ${currentVersion}, la version en vigueur : modifiez-le avant de publier une nouvelle version.`,
      { currentVersion },
    );
  }

  static staleBase(baseVersion: number, currentVersion: number): ConsultationException {
    return new ConsultationException(
      'CONFLICT',
      `Vous avez modifié la version ${baseVersion}, mais la version ${currentVersion} a été publiée depuis : reprenez vos modifications sur la version ${currentVersion}.`,
      { baseVersionNumber: baseVersion, currentVersion },
    );
  }

  static badDates(message: string): ConsultationException {
    return new ConsultationException('BAD_USER_INPUT', message, { field: 'dates' });
  }

  static badPosition(position: number, max: number): ConsultationException {
    return new ConsultationException(
      'BAD_USER_INPUT',
      `La position ${position} n’existe pas : choisissez une position de 1 à ${max}.`,
      { field: 'position', max },
    );
  }

  static otherConsultation(): ConsultationException {
    return new ConsultationException(
      'BAD_USER_INPUT',
      'La section choisie appartient à une autre consultation : un article ne change pas de consultation.',
      { field: 'sectionId' },
    );
  }

  static nothingToIncorporate(): ConsultationException {
    return new ConsultationException(
      'BAD_USER_INPUT',
      'Une première version ne peut intégrer aucun amendement : retirez incorporatedAmendmentIds.',
      { field: 'incorporatedAmendmentIds' },
    );
  }

  static wrongPhase(message: string): ConsultationException {
    return new ConsultationException('CONFLICT', message);
  }
}

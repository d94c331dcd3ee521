import { AmendoException, type ErrorCode } from '../common/errors.js';

/** A domain error of the search context, with a French message (and its English version). */
export class SearchException extends AmendoException {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }

  static emptyQuery(): SearchException {
    return new SearchException(
      'BAD_USER_INPUT',
      'Saisissez au moins un mot à rechercher. (Type at least one word to search for.)',
      { reason: 'EMPTY_QUERY' },
    );
  }

  static queryTooLong(max: number): SearchException {
    return new SearchException(
      'BAD_USER_INPUT',
      `La recherche est trop longue : ${max} caractères au plus. (The search is too long: at most ${max} characters.)`,
      { reason: 'QUERY_TOO_LONG', max },
    );
  }

  static tooManyTerms(max: number): SearchException {
    return new SearchException(
      'BAD_USER_INPUT',
      `La recherche compte trop de mots : ${max} au plus. (Too many words: at most ${max}.)`,
      { reason: 'TOO_MANY_TERMS', max },
    );
  }

  static unknownConsultation(): SearchException {
    return new SearchException('NOT_FOUND', 'Consultation introuvable.', {
      reason: 'UNKNOWN_CONSULTATION',
    });
  }
}

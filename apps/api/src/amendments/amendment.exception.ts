import { AmendoException, type ErrorCode } from '../common/errors.js';
import type { TargetRules } from '../common/target-registry.js';

const AMENDMENT_STATUS_FR: Record<string, string> = {
  OPEN: 'ouvert',
  INCORPORATED: 'intégré au texte',
  REJECTED: 'rejeté',
  WITHDRAWN: 'retiré',
  OUTDATED: 'dépassé par une nouvelle version du texte',
};

const PROPOSAL_STATUS_FR: Record<string, string> = {
  OPEN: 'ouverte',
  ADOPTED: 'adoptée',
  REJECTED: 'rejetée',
  WITHDRAWN: 'retirée',
};

const statusFr = (status: string, feminine = false): string =>
  (feminine ? PROPOSAL_STATUS_FR : AMENDMENT_STATUS_FR)[status] ?? status.toLowerCase();

/**
 * A domain error of the amendments context (amendments and proposed articles): a code and a
 * French message a person can act on; `details.field` names the input at fault when there is one.
 */
export class AmendmentException extends AmendoException {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }

  static articleNotFound(): AmendmentException {
    return new AmendmentException('NOT_FOUND', 'Aucun article ne correspond à cet identifiant.');
  }

  static sectionNotFound(): AmendmentException {
    return new AmendmentException('NOT_FOUND', 'Aucune section ne correspond à cet identifiant.');
  }

  static amendmentNotFound(): AmendmentException {
    return new AmendmentException('NOT_FOUND', 'Aucun amendement ne correspond à cet identifiant.');
  }

  static proposalNotFound(): AmendmentException {
    return new AmendmentException(
      'NOT_FOUND',
      'Aucune proposition d’article ne correspond à cet identifiant.',
    );
  }

  /** The consultation's phase (or its settings) does not allow this kind of contribution now. */
  static closed(
    rules: Pick<TargetRules, 'phase'>,
    what: 'amendments' | 'proposals',
  ): AmendmentException {
    const [noun, closed, written] =
      what === 'amendments'
        ? ['les amendements', 'fermés', 'proposés, modifiés ni retirés']
        : ['les propositions d’articles', 'fermées', 'proposées, modifiées ni retirées'];
    const message =
      rules.phase === 'DRAFT'
        ? `La consultation n’est pas encore ouverte : ${noun} seront possibles à son ouverture.`
        : rules.phase === 'OPEN'
          ? `${noun.charAt(0).toUpperCase()}${noun.slice(1)} sont ${closed} dans cette consultation.`
          : `La consultation est close : ${noun} ne peuvent plus être ${written}.`;
    return new AmendmentException('FORBIDDEN', message, { reason: 'PHASE', phase: rules.phase });
  }

  static staleVersion(
    articleNumber: number,
    versionNumber: number,
    currentVersion: number,
  ): AmendmentException {
    return new AmendmentException(
      'CONFLICT',
      `La version ${versionNumber} de l’article ${articleNumber} n’est plus la version en vigueur : la version ${currentVersion} a été publiée depuis. Relisez la version ${currentVersion} et proposez votre amendement sur son texte.`,
      { field: 'versionNumber', versionNumber, currentVersion },
    );
  }

  static unknownVersion(
    articleNumber: number,
    versionNumber: number,
    currentVersion: number,
  ): AmendmentException {
    return new AmendmentException(
      'NOT_FOUND',
      `L’article ${articleNumber} n’a pas de version ${versionNumber} : la version en vigueur est la version ${currentVersion}.`,
      { field: 'versionNumber', versionNumber, currentVersion },
    );
  }

  /** A range that does not fit the version (the message comes from `@amendo/text`). */
  static badRange(message: string, rangeError: string): AmendmentException {
    return new AmendmentException('BAD_USER_INPUT', message, { field: 'lineStart', rangeError });
  }

  static identicalText(): AmendmentException {
    return new AmendmentException(
      'BAD_USER_INPUT',
      'Le texte proposé est identique aux lignes qu’il remplace : modifiez-le avant de l’envoyer.',
      { field: 'proposedText' },
    );
  }

  static emptyInsertion(): AmendmentException {
    return new AmendmentException(
      'BAD_USER_INPUT',
      'Une insertion ajoute au moins une ligne : saisissez le texte à insérer.',
      { field: 'proposedText' },
    );
  }

  static badText(field: string, message: string): AmendmentException {
    return new AmendmentException('BAD_USER_INPUT', message, { field });
  }

  static tooManyOpen(limit: number): AmendmentException {
    return new AmendmentException(
      'CONFLICT',
      `Vous avez déjà ${limit} amendement${limit > 1 ? 's' : ''} ouvert${limit > 1 ? 's' : ''} sur cet article, le maximum : retirez-en un avant d’en proposer un autre.`,
      { reason: 'OPEN_AMENDMENTS_LIMIT', limit },
    );
  }

  static notAuthor(what: 'amendment' | 'proposal'): AmendmentException {
    return new AmendmentException(
      'FORBIDDEN',
      what === 'amendment'
        ? 'Seule la personne qui a proposé cet amendement peut le modifier ou le retirer.'
        : 'Seule la personne qui a proposé cet article peut le modifier ou le retirer.',
      { reason: 'NOT_AUTHOR' },
    );
  }

  static notOpen(what: 'amendment' | 'proposal', status: string): AmendmentException {
    const message =
      what === 'amendment'
        ? status === 'OUTDATED'
          ? 'Cet amendement est dépassé par une nouvelle version du texte : il ne peut plus être modifié, mais vous pouvez le reproposer sur le texte en vigueur (reproposeAmendment).'
          : `Cet amendement est ${statusFr(status)} : il ne peut plus être modifié ni retiré.`
        : `Cette proposition d’article est ${statusFr(status, true)} : elle ne peut plus être modifiée, retirée ni adoptée.`;
    return new AmendmentException('CONFLICT', message, { status });
  }

  static hasVotes(what: 'amendment' | 'proposal'): AmendmentException {
    return new AmendmentException(
      'CONFLICT',
      what === 'amendment'
        ? 'Cet amendement a déjà reçu des votes : il ne peut plus être modifié. Vous pouvez le retirer et en proposer un nouveau.'
        : 'Cette proposition a déjà reçu des votes : elle ne peut plus être modifiée. Vous pouvez la retirer et en proposer une nouvelle.',
      { reason: 'HAS_VOTES' },
    );
  }

  static nothingChanged(): AmendmentException {
    return new AmendmentException(
      'BAD_USER_INPUT',
      'Rien n’a changé : modifiez au moins un champ avant d’enregistrer.',
    );
  }

  static rangeHalfGiven(): AmendmentException {
    return new AmendmentException(
      'BAD_USER_INPUT',
      'Donnez à la fois la ligne de début et la ligne de fin pour changer les lignes visées.',
      { field: 'lineStart' },
    );
  }

  static notOutdated(status: string): AmendmentException {
    return new AmendmentException(
      'CONFLICT',
      `Seul un amendement dépassé par une nouvelle version peut être reproposé ; celui-ci est ${statusFr(status)}.`,
      { status },
    );
  }

  static alreadyReproposed(): AmendmentException {
    return new AmendmentException(
      'CONFLICT',
      'Cet amendement a déjà été reproposé sur une version plus récente du texte.',
    );
  }

  static notOfArticle(): AmendmentException {
    return new AmendmentException(
      'BAD_USER_INPUT',
      'Un des amendements à intégrer n’existe pas ou ne porte pas sur cet article.',
      { field: 'incorporatedAmendmentIds' },
    );
  }

  static cannotIncorporate(status: string): AmendmentException {
    return new AmendmentException(
      'CONFLICT',
      `Un des amendements à intégrer est ${statusFr(status)} : seul un amendement ouvert peut être intégré. Rechargez la liste des amendements.`,
      { field: 'incorporatedAmendmentIds', status },
    );
  }
}

import type { TFunction } from 'i18next';

import type { FormError } from '../../shared/forms/form-errors';
import { amendmentLimits, characterCount } from '../amendments/amendment-kind';

export type ProposalField = 'title' | 'body' | 'rationale';

const max = (limit: number) => limit.toLocaleString('fr-FR');

/**
 * The API's rules for a proposed article, checked here first to answer at once: a title of 1 to
 * 200 characters on one line, a body of at most 50,000 characters, a rationale (required).
 */
export function checkProposal(
  t: TFunction<'proposals'>,
  { title, body, rationale }: Record<ProposalField, string>,
): FormError<ProposalField>[] {
  const found: FormError<ProposalField>[] = [];
  const trimmedTitle = title.trim();
  if (trimmedTitle === '') {
    found.push({ field: 'title', message: t('proposals.form.errors.titleEmpty') });
  } else if (characterCount(trimmedTitle) > amendmentLimits.proposalTitle) {
    found.push({
      field: 'title',
      message: t('proposals.form.errors.titleTooLong', {
        max: max(amendmentLimits.proposalTitle),
        count: characterCount(trimmedTitle),
      }),
    });
  }
  if (body.trim() === '') {
    found.push({ field: 'body', message: t('proposals.form.errors.bodyEmpty') });
  } else if (characterCount(body) > amendmentLimits.proposalBody) {
    found.push({
      field: 'body',
      message: t('proposals.form.errors.bodyTooLong', {
        max: max(amendmentLimits.proposalBody),
        count: characterCount(body),
      }),
    });
  }
  const reasons = rationale.trim();
  if (reasons === '') {
    found.push({ field: 'rationale', message: t('proposals.form.errors.rationaleEmpty') });
  } else if (characterCount(reasons) > amendmentLimits.rationale) {
    found.push({
      field: 'rationale',
      message: t('proposals.form.errors.rationaleTooLong', {
        max: max(amendmentLimits.rationale),
        count: characterCount(reasons),
      }),
    });
  }
  return found;
}

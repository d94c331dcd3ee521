import { useId, type MouseEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { WarningIcon } from '../ui/icons';
import type { FormError } from './form-errors';

export interface ErrorSummaryProps<Field extends string> {
  errors: readonly FormError<Field>[];
  /** The id of each field's input, for the links that lead to it. */
  idFor: (field: Field) => string;
  /** Receives focus when the form fails, so the problems are read out first. */
  ref: Ref<HTMLDivElement>;
  /** Heading level of the summary's title, to fit the page's outline. */
  headingLevel?: 2 | 3 | 4;
}

/** Every problem of a form, at its top, each linked to the field to correct. */
export function ErrorSummary<Field extends string>({
  errors,
  idFor,
  ref,
  headingLevel = 2,
}: ErrorSummaryProps<Field>) {
  const { t } = useTranslation();
  const titleId = useId();
  if (errors.length === 0) return null;
  const Heading = `h${headingLevel}` as const;

  function handleLinkClick(event: MouseEvent<HTMLAnchorElement>, field: Field) {
    const input = document.getElementById(idFor(field));
    if (!input) return;
    event.preventDefault();
    input.focus();
    // Bring the label, above the input, into view too.
    input.closest('.field')?.scrollIntoView({ block: 'center' });
  }

  return (
    <div ref={ref} role="alert" tabIndex={-1} aria-labelledby={titleId} className="error-summary">
      <Heading id={titleId} className="error-summary__title">
        <WarningIcon />
        <span>{t('forms.summaryTitle')}</span>
      </Heading>
      <ul className="error-summary__list">
        {errors.map((error, index) => (
          <li key={`${index}-${error.message}`} lang={error.lang}>
            {error.field ? (
              <a
                href={`#${idFor(error.field)}`}
                onClick={(event) => handleLinkClick(event, error.field as Field)}
              >
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

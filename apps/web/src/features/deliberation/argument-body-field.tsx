import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { FormError } from '../../shared/forms/form-errors';
import { TextAreaField } from '../../shared/forms/text-area-field';
import { characterCount } from './deliberation-ui';

/** The API's limits for an argument's text. */
export const argumentMaxLength = 10_000;

export interface ArgumentBodyFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: FormError;
}

/** An argument's text, with its limits and how many characters are written (or too many). */
export function ArgumentBodyField({ id, label, value, onChange, error }: ArgumentBodyFieldProps) {
  const { t } = useTranslation();
  const count = characterCount(value);
  const over = count - argumentMaxLength;
  return (
    <TextAreaField
      id={id}
      name="body"
      label={label}
      rows={5}
      value={value}
      onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
      error={error}
      hint={
        <>
          {t('deliberation.arguments.limits', { max: argumentMaxLength })}{' '}
          <span className={over > 0 ? 'char-count char-count--over' : 'char-count'}>
            {over > 0
              ? t('deliberation.arguments.over', { count: over })
              : t('deliberation.arguments.typed', { count, max: argumentMaxLength })}
          </span>
        </>
      }
    />
  );
}

/** What is wrong with an argument's text before sending it, if anything. */
export function useArgumentBodyCheck() {
  const { t } = useTranslation();
  return (value: string): string | undefined => {
    const count = characterCount(value);
    if (count === 0) return t('deliberation.arguments.required');
    if (count > argumentMaxLength) {
      return t('deliberation.arguments.tooLong', {
        count: count - argumentMaxLength,
        max: argumentMaxLength,
      });
    }
    return undefined;
  };
}

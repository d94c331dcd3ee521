import { useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../i18n/use-language';
import { WarningIcon } from '../ui/icons';
import type { FormError } from './form-errors';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'type'>;

export interface TextFieldProps extends InputProps {
  id: string;
  label: string;
  /** Help shown under the label and read with the field. */
  hint?: ReactNode;
  error?: FormError;
  type?: 'text' | 'email';
}

export interface FieldShellProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: FormError;
  children: (described: { 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/** Label, hint and error of one field, tied to its input for screen readers. */
export function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error" lang={error.lang}>
          <WarningIcon />
          <span>
            <span className="visually-hidden" lang={language}>
              {t('forms.errorPrefix')}{' '}
            </span>
            {error.message}
          </span>
        </p>
      )}
      {children({ 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

/** A labelled text input, with an optional hint and its error. */
export function TextField({ id, label, hint, error, type = 'text', ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(described) => <input id={id} type={type} className="input" {...described} {...input} />}
    </FieldShell>
  );
}

export interface PasswordFieldProps extends InputProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: FormError;
  autoComplete: 'current-password' | 'new-password';
}

/** A password input with a "show password" toggle, so people can check what they typed. */
export function PasswordField({ id, label, hint, error, ...input }: PasswordFieldProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <>
          <input
            id={id}
            type={shown ? 'text' : 'password'}
            className="input"
            spellCheck={false}
            autoCapitalize="off"
            {...described}
            {...input}
          />
          <button
            type="button"
            className="password-toggle"
            aria-pressed={shown}
            aria-controls={id}
            onClick={() => setShown(!shown)}
          >
            <span className="password-toggle__box" aria-hidden="true">
              {shown ? '✓' : ''}
            </span>
            {t('forms.showPassword')}
          </button>
        </>
      )}
    </FieldShell>
  );
}

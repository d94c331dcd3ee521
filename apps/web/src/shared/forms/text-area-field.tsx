import type { ReactNode, TextareaHTMLAttributes } from 'react';

import type { FormError } from './form-errors';
import { FieldShell } from './text-field';

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>;

export interface TextAreaFieldProps extends TextAreaProps {
  id: string;
  label: string;
  /** Help shown under the label and read with the field. */
  hint?: ReactNode;
  error?: FormError;
  /** Monospaced, no wrapping surprises: for article texts whose lines are numbered. */
  code?: boolean;
}

/** A labelled multi-line text input, with an optional hint and its error. */
export function TextAreaField({ id, label, hint, error, code, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <textarea
          id={id}
          className={code ? 'input textarea textarea--text' : 'input textarea'}
          {...described}
          {...textarea}
        />
      )}
    </FieldShell>
  );
}

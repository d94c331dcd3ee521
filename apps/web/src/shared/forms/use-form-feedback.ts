import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';

import type { FormError } from './form-errors';

/**
 * The errors of one form, and the error summary they are announced through. `showErrors`
 * renders the summary afresh (so the same problem is announced again) and moves focus to it.
 */
export function useFormFeedback<Field extends string>() {
  const [errors, setErrors] = useState<FormError<Field>[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);

  function showErrors(next: FormError<Field>[]) {
    flushSync(() => setErrors([]));
    flushSync(() => setErrors(next));
    summaryRef.current?.focus();
  }

  function clearErrors() {
    setErrors([]);
  }

  function errorFor(field: Field): FormError<Field> | undefined {
    return errors.find((error) => error.field === field);
  }

  return { errors, summaryRef, showErrors, clearErrors, errorFor };
}

import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ChangePasswordDocument } from '../../gql/graphql';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { PasswordField } from '../../shared/forms/text-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { StatusMessage } from '../../shared/ui/status-message';
import { passwordMinLength, useCredentialChecks } from './validation';

type PasswordFormField = 'currentPassword' | 'newPassword';
const fieldIds: Record<PasswordFormField, string> = {
  currentPassword: 'account-current-password',
  newPassword: 'account-new-password',
};

/** Changes the password, given the current one; the server closes the other sessions. */
export function PasswordForm() {
  const { t } = useTranslation();
  const [changePassword] = useMutation(ChangePasswordDocument);
  const checks = useCredentialChecks();
  const { errors, summaryRef, showErrors, clearErrors, errorFor } =
    useFormFeedback<PasswordFormField>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(undefined);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get('currentPassword') ?? '');
    const newPassword = String(form.get('newPassword') ?? '');

    const problems: FormError<PasswordFormField>[] = [];
    if (!currentPassword) {
      problems.push({ field: 'currentPassword', message: t('forms.currentPasswordRequired') });
    }
    const newProblem = checks.newPassword(newPassword);
    if (newProblem) problems.push({ field: 'newPassword', message: newProblem });
    if (problems.length > 0) {
      showErrors(problems);
      return;
    }

    clearErrors();
    setBusy(true);
    try {
      await changePassword({ variables: { currentPassword, newPassword } });
      formElement.reset();
      setSaved(t('account.passwordSaved'));
    } catch (error) {
      showErrors(
        formErrorsFrom(error, {
          fields: { currentPassword: 'currentPassword', newPassword: 'newPassword' },
          networkMessage: t('forms.networkError'),
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p>{t('account.passwordNote')}</p>
      <ErrorSummary
        errors={errors}
        idFor={(field) => fieldIds[field]}
        ref={summaryRef}
        headingLevel={3}
      />
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <PasswordField
          id={fieldIds.currentPassword}
          name="currentPassword"
          label={t('account.currentPassword')}
          autoComplete="current-password"
          required
          error={errorFor('currentPassword')}
        />
        <PasswordField
          id={fieldIds.newPassword}
          name="newPassword"
          label={t('account.newPassword')}
          hint={t('forms.newPasswordHint', { min: passwordMinLength })}
          autoComplete="new-password"
          required
          error={errorFor('newPassword')}
        />
        <SubmitButton
          busy={busy}
          label={t('account.passwordSubmit')}
          busyLabel={t('account.saving')}
        />
        <StatusMessage message={saved} />
      </form>
    </>
  );
}

import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { UpdateDisplayNameDocument } from '../../gql/graphql';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { TextField } from '../../shared/forms/text-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { StatusMessage } from '../../shared/ui/status-message';
import type { Viewer } from './use-viewer';
import { useCredentialChecks } from './validation';

type DisplayNameField = 'displayName';
const fieldIds: Record<DisplayNameField, string> = { displayName: 'account-display-name' };

/** Changes the public name; the header follows, as Apollo's cache holds one Viewer. */
export function DisplayNameForm({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const [updateDisplayName] = useMutation(UpdateDisplayNameDocument);
  const checks = useCredentialChecks();
  const { errors, summaryRef, showErrors, clearErrors, errorFor } =
    useFormFeedback<DisplayNameField>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(undefined);
    const displayName = String(new FormData(event.currentTarget).get('displayName') ?? '').trim();
    const problem = checks.displayName(displayName);
    if (problem) {
      showErrors([{ field: 'displayName', message: problem }]);
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      const { data } = await updateDisplayName({ variables: { displayName } });
      setSaved(
        t('account.displayNameSaved', { name: data?.updateAccount.displayName ?? displayName }),
      );
    } catch (error) {
      showErrors(
        formErrorsFrom(error, {
          fields: { displayName: 'displayName' },
          // The form has one field: whatever the server finds wrong with the input is about it.
          fallback: { field: 'displayName', codes: ['BAD_USER_INPUT'] },
          networkMessage: t('forms.networkError'),
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary
        errors={errors}
        idFor={(field) => fieldIds[field]}
        ref={summaryRef}
        headingLevel={3}
      />
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextField
          id={fieldIds.displayName}
          name="displayName"
          label={t('account.displayNameLabel')}
          hint={t('account.displayNameHint')}
          autoComplete="nickname"
          spellCheck={false}
          required
          defaultValue={viewer.displayName}
          error={errorFor('displayName')}
        />
        <SubmitButton
          busy={busy}
          label={t('account.displayNameSubmit')}
          busyLabel={t('account.saving')}
        />
        <StatusMessage message={saved} />
      </form>
    </>
  );
}

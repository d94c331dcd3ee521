import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { DeleteAccountDocument } from '../../gql/graphql';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { PasswordField } from '../../shared/forms/text-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { sessionNoticeState } from './session-notice';

type DeleteField = 'password';
const fieldIds: Record<DeleteField, string> = { password: 'account-delete-password' };

/**
 * "Supprimer mon compte", in two steps: what deletion means, then the password to confirm.
 * Contributions stay, attributed to "Participant·e supprimé·e".
 */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [deleteAccount] = useMutation(DeleteAccountDocument);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<DeleteField>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const startButtonRef = useRef<HTMLButtonElement>(null);

  function handleStart() {
    flushSync(() => setConfirming(true));
    document.getElementById(fieldIds.password)?.focus();
  }

  function handleCancel() {
    clearErrors();
    flushSync(() => setConfirming(false));
    startButtonRef.current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    if (!password) {
      showErrors([{ field: 'password', message: t('account.deletePasswordRequired') }]);
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      await deleteAccount({ variables: { password } });
      // Leave the private page before the store forgets who was logged in.
      await navigate('/', { state: sessionNoticeState('accountDeleted'), flushSync: true });
      await client.resetStore().catch(() => undefined);
    } catch (error) {
      setBusy(false);
      showErrors(
        formErrorsFrom(error, {
          fields: { password: 'password' },
          networkMessage: t('forms.networkError'),
        }),
      );
    }
  }

  return (
    <>
      <p>{t('account.deleteBody')}</p>
      <p className="warning-text">
        <strong>{t('account.deleteWarning')}</strong>
      </p>
      {!confirming ? (
        <button
          ref={startButtonRef}
          type="button"
          className="button button--danger"
          onClick={handleStart}
        >
          {t('account.deleteStart')}
        </button>
      ) : (
        <div className="confirm-box">
          <h3>{t('account.deleteConfirmTitle')}</h3>
          <ErrorSummary
            errors={errors}
            idFor={(field) => fieldIds[field]}
            ref={summaryRef}
            headingLevel={3}
          />
          <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
            <PasswordField
              id={fieldIds.password}
              name="password"
              label={t('account.deletePassword')}
              hint={t('account.deletePasswordHint')}
              autoComplete="current-password"
              required
              error={errorFor('password')}
            />
            <div className="button-row">
              <SubmitButton
                busy={busy}
                label={t('account.deleteSubmit')}
                busyLabel={t('account.deleting')}
                variant="danger"
              />
              <button
                type="button"
                className="button button--secondary"
                onClick={handleCancel}
                disabled={busy}
              >
                {t('account.deleteCancel')}
              </button>
            </div>
          </form>
        </div>
      )}
    </>
  );
}

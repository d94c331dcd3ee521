import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { RegisterDocument } from '../../gql/graphql';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { PasswordField, TextField } from '../../shared/forms/text-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { PageTitle } from '../../shared/ui/page-title';
import { AlreadyLoggedIn } from './already-logged-in';
import { loginPath, safeReturnPath } from './paths';
import { sessionNoticeState } from './session-notice';
import { useViewer } from './use-viewer';
import { passwordMinLength, useCredentialChecks } from './validation';

type RegisterField = 'displayName' | 'email' | 'password';

const fieldIds: Record<RegisterField, string> = {
  displayName: 'register-display-name',
  email: 'register-email',
  password: 'register-password',
};

/** `/inscription`: a display name (a pseudonym is welcome), an email and a password. */
export function RegisterPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get('retour'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const { viewer } = useViewer();
  const [register] = useMutation(RegisterDocument);
  const checks = useCredentialChecks();
  const { errors, summaryRef, showErrors, clearErrors, errorFor } =
    useFormFeedback<RegisterField>();
  const [busy, setBusy] = useState(false);
  const [succeeded, setSucceeded] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const displayName = String(form.get('displayName') ?? '').trim();
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');

    const problems: FormError<RegisterField>[] = [];
    const checked: [RegisterField, string | undefined][] = [
      ['displayName', checks.displayName(displayName)],
      ['email', checks.email(email)],
      ['password', checks.newPassword(password)],
    ];
    for (const [field, message] of checked) if (message) problems.push({ field, message });
    if (problems.length > 0) {
      showErrors(problems);
      return;
    }

    clearErrors();
    setBusy(true);
    try {
      const { data } = await register({
        variables: { input: { displayName, email, password } },
      });
      setSucceeded(true);
      await client.resetStore().catch(() => undefined);
      await navigate(returnTo, {
        replace: true,
        state: sessionNoticeState('registered', data?.register.viewer.displayName),
      });
    } catch (error) {
      setBusy(false);
      showErrors(
        formErrorsFrom(error, {
          fields: { email: 'email', password: 'password', displayName: 'displayName' },
          networkMessage: t('forms.networkError'),
        }),
      );
    }
  }

  if (viewer && !succeeded) return <AlreadyLoggedIn viewer={viewer} returnTo={returnTo} />;

  return (
    <div className="narrow">
      <PageTitle title={t('register.pageTitle')} />
      <h1>{t('register.pageTitle')}</h1>
      <p className="lead">{t('register.intro')}</p>
      <p>
        {t('register.haveAccount')} <Link to={loginPath(returnTo)}>{t('register.loginLink')}</Link>
      </p>

      <ErrorSummary errors={errors} idFor={(field) => fieldIds[field]} ref={summaryRef} />

      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <p className="form__required">{t('forms.allRequired')}</p>
        <TextField
          id={fieldIds.displayName}
          name="displayName"
          label={t('register.displayName')}
          hint={t('register.displayNameHint')}
          autoComplete="nickname"
          spellCheck={false}
          required
          error={errorFor('displayName')}
        />
        <TextField
          id={fieldIds.email}
          name="email"
          type="email"
          label={t('register.email')}
          hint={t('register.emailHint')}
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="off"
          required
          error={errorFor('email')}
        />
        <PasswordField
          id={fieldIds.password}
          name="password"
          label={t('register.password')}
          hint={t('forms.newPasswordHint', { min: passwordMinLength })}
          autoComplete="new-password"
          required
          error={errorFor('password')}
        />
        <SubmitButton
          busy={busy}
          label={t('register.submit')}
          busyLabel={t('register.submitting')}
        />
      </form>
    </div>
  );
}

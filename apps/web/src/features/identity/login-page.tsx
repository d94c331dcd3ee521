import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { LoginDocument } from '../../gql/graphql';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { PasswordField, TextField } from '../../shared/forms/text-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { PageTitle } from '../../shared/ui/page-title';
import { AlreadyLoggedIn } from './already-logged-in';
import { registerPath, safeReturnPath } from './paths';
import { sessionNoticeState } from './session-notice';
import { useViewer } from './use-viewer';
import { useCredentialChecks } from './validation';

type LoginField = 'email' | 'password';

const fieldIds: Record<LoginField, string> = {
  email: 'login-email',
  password: 'login-password',
};

/** `/connexion`: email and password; afterwards, back to the page the person came from. */
export function LoginPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get('retour'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const { viewer } = useViewer();
  const [login] = useMutation(LoginDocument);
  const checks = useCredentialChecks();
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<LoginField>();
  const [busy, setBusy] = useState(false);
  const [succeeded, setSucceeded] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');

    const problems: FormError<LoginField>[] = [];
    const emailProblem = checks.email(email);
    if (emailProblem) problems.push({ field: 'email', message: emailProblem });
    if (!password) problems.push({ field: 'password', message: t('forms.passwordRequired') });
    if (problems.length > 0) {
      showErrors(problems);
      return;
    }

    clearErrors();
    setBusy(true);
    try {
      const { data } = await login({ variables: { input: { email, password } } });
      setSucceeded(true);
      // Forget what was read anonymously; the header and every page refetch as the participant.
      await client.resetStore().catch(() => undefined);
      await navigate(returnTo, {
        replace: true,
        state: sessionNoticeState('loggedIn', data?.login.viewer.displayName),
      });
    } catch (error) {
      setBusy(false);
      showErrors(
        formErrorsFrom(error, {
          fields: { email: 'email', password: 'password' },
          // "Adresse e-mail ou mot de passe incorrect." goes with the password.
          fallback: { field: 'password', codes: ['UNAUTHENTICATED'] },
          networkMessage: t('forms.networkError'),
        }),
      );
    }
  }

  if (viewer && !succeeded) return <AlreadyLoggedIn viewer={viewer} returnTo={returnTo} />;

  return (
    <div className="narrow">
      <PageTitle title={t('login.pageTitle')} />
      <h1>{t('login.pageTitle')}</h1>
      <p className="lead">{t('login.intro')}</p>
      <p>
        {t('login.noAccount')} <Link to={registerPath(returnTo)}>{t('login.registerLink')}</Link>
      </p>

      <ErrorSummary errors={errors} idFor={(field) => fieldIds[field]} ref={summaryRef} />

      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <p className="form__required">{t('forms.allRequired')}</p>
        <TextField
          id={fieldIds.email}
          name="email"
          type="email"
          label={t('login.email')}
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
          label={t('login.password')}
          autoComplete="current-password"
          required
          error={errorFor('password')}
        />
        <SubmitButton busy={busy} label={t('login.submit')} busyLabel={t('login.submitting')} />
      </form>
    </div>
  );
}

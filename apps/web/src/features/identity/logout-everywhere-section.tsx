import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { LogoutEverywhereDocument } from '../../gql/graphql';
import { formErrorsFrom } from '../../shared/forms/form-errors';
import { sessionNoticeState } from './session-notice';

/** "Se déconnecter de tous les appareils": closes every session, this one included. */
export function LogoutEverywhereSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [logoutEverywhere] = useMutation(LogoutEverywhereDocument);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; lang?: string }>();

  async function handleClick() {
    setBusy(true);
    setFailure(undefined);
    try {
      await logoutEverywhere();
      // Leave the private page before the store forgets who was logged in.
      await navigate('/', { state: sessionNoticeState('loggedOutEverywhere'), flushSync: true });
      await client.resetStore().catch(() => undefined);
    } catch (error) {
      setFailure(formErrorsFrom(error, { networkMessage: t('forms.networkError') })[0]);
      setBusy(false);
    }
  }

  return (
    <>
      <p>{t('account.sessionsBody')}</p>
      {failure && (
        <p role="alert" className="alert" lang={failure.lang}>
          {failure.message}
        </p>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void handleClick()}
        disabled={busy}
        aria-busy={busy}
      >
        {busy ? t('account.loggingOutEverywhere') : t('account.logoutEverywhere')}
      </button>
    </>
  );
}

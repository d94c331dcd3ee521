import { useTranslation } from 'react-i18next';

import { PageTitle } from './page-title';

export interface ErrorAlertProps {
  /** Called when the person asks to try again. */
  onRetry?: () => void;
}

/** What to show when a page's data cannot be loaded: what happened, and what to do. */
export function ErrorAlert({ onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <div className="error-state">
      <PageTitle title={t('status.errorTitle')} />
      <div role="alert" className="alert">
        <h1>{t('status.errorTitle')}</h1>
        <p>{t('status.errorBody')}</p>
      </div>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('status.retry')}
        </button>
      )}
    </div>
  );
}

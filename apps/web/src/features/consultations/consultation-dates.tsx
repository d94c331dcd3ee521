import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';

export interface ConsultationDatesProps {
  opensAt: string | null;
  closesAt: string | null;
}

/** Opening and closing dates as a short description list. */
export function ConsultationDates({ opensAt, closesAt }: ConsultationDatesProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!opensAt && !closesAt) return null;

  return (
    <dl className="dates" aria-label={t('consultation.datesLabel')}>
      {opensAt && (
        <div>
          <dt>{t('dates.opening')}</dt>
          <dd>
            <time dateTime={opensAt}>{formatDate(opensAt, language)}</time>
          </dd>
        </div>
      )}
      {closesAt && (
        <div>
          <dt>{t('dates.closing')}</dt>
          <dd>
            <time dateTime={closesAt}>{formatDate(closesAt, language)}</time>
          </dd>
        </div>
      )}
    </dl>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageTitle } from '../shared/ui/page-title';

export interface NotFoundPageProps {
  /** A more precise title and explanation, e.g. for an unknown consultation. */
  title?: string;
  message?: string;
}

export function NotFoundPage({ title, message }: NotFoundPageProps) {
  const { t } = useTranslation();
  const heading = title ?? t('notFound.title');
  return (
    <div className="narrow">
      <PageTitle title={heading} />
      <h1>{heading}</h1>
      <p>{message ?? t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}

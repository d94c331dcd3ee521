import { useTranslation } from 'react-i18next';

export interface PageTitleProps {
  title: string;
}

/** The document title, unique per page ("<page> — Amendo"); React 19 hoists it into <head>. */
export function PageTitle({ title }: PageTitleProps) {
  const { t } = useTranslation();
  return <title>{`${title} — ${t('app.name')}`}</title>;
}

import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export interface BreadcrumbItem {
  label: string;
  /** Omitted for the current page, which is the last item. */
  to?: string;
  /** Language of the label when it comes from the content rather than the interface. */
  lang?: string;
}

export interface BreadcrumbProps {
  items: readonly BreadcrumbItem[];
}

/** "Accueil › Consultation › Article 3": where the page sits, with a way back at each step. */
export function Breadcrumb({ items }: BreadcrumbProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
      <ol>
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`} lang={item.lang}>
            {item.to ? (
              <Link to={item.to}>{item.label}</Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

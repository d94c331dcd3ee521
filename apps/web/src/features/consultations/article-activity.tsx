import { useTranslation } from 'react-i18next';

/**
 * What happened to an article, counted. Only versions for now; amendments, votes and arguments
 * join as their features land (each count is optional and shown only when there is something).
 */
export interface ArticleActivityCounts {
  /** Number of published versions (1 = never modified). */
  readonly versions: number;
}

export interface ArticleActivityProps {
  counts: ArticleActivityCounts;
}

/** A short line of counts under an article's link ("modifié 2 fois"); nothing when all are zero. */
export function ArticleActivity({ counts }: ArticleActivityProps) {
  const { t } = useTranslation();
  const items: { key: string; label: string }[] = [];
  const modifications = counts.versions - 1;
  if (modifications > 0) {
    items.push({ key: 'versions', label: t('activity.modified', { count: modifications }) });
  }
  if (items.length === 0) return null;
  return (
    <ul className="activity">
      {items.map((item) => (
        <li key={item.key}>{item.label}</li>
      ))}
    </ul>
  );
}

import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { LoadingStatus } from '../../shared/ui/loading-status';

// Loaded after the article's text, in its own chunk (with its words and styles): the page's
// first load stays within its budget.
const Section = lazy(() =>
  import('./deliberation-chunk').then((module) => ({
    default: module.ArticleDeliberationSection,
  })),
);

/** The « Débat » section of an article page: votes, arguments and sources. */
export function ArticleDeliberation({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<LoadingStatus message={t('status.loading')} />}>
      <Section articleId={articleId} />
    </Suspense>
  );
}

import { useQuery } from '@apollo/client/react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import { ArticlePageDocument } from '../../gql/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { consultationPath } from './paths';

/** Placeholder for the article page (text, amendments, votes) until that slice lands. */
export function ArticlePage() {
  const { t } = useTranslation();
  const { slug = '', articleId = '' } = useParams();
  const { data, error, refetch } = useQuery(ArticlePageDocument, { variables: { slug } });

  if (!data) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={t('status.loading')} />
        <LoadingStatus message={t('article.loading')} />
      </>
    );
  }

  const { consultation } = data;
  const section = consultation?.sections.find((candidate) =>
    candidate.articles.some((article) => article.id === articleId),
  );
  const article = section?.articles.find((candidate) => candidate.id === articleId);
  if (!consultation || !section || !article) {
    return <NotFoundPage title={t('article.notFoundTitle')} message={t('article.notFoundBody')} />;
  }

  const articleNumber = t('consultation.articleNumber', { number: article.number });
  return (
    <>
      <PageTitle title={`${articleNumber} — ${article.title}`} />
      <Breadcrumb
        items={[
          { label: t('app.home'), to: '/' },
          {
            label: consultation.title,
            to: consultationPath(consultation.slug),
            lang: contentLanguage,
          },
          { label: articleNumber },
        ]}
      />
      <p className="eyebrow">
        <Trans
          i18nKey="article.section"
          values={{ title: section.title }}
          components={{ content: <span lang={contentLanguage} /> }}
        />
      </p>
      <h1>
        {articleNumber}
        {' — '}
        <span lang={contentLanguage}>{article.title}</span>
      </h1>
      <div className="notice">
        <h2>{t('article.comingSoonTitle')}</h2>
        <p>{t('article.comingSoonBody')}</p>
      </div>
      <p>
        <Link to={consultationPath(consultation.slug)}>{t('article.backToToc')}</Link>
      </p>
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams, useSearchParams } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import {
  ArticlePageDocument,
  ArticleVersionTextDocument,
  type ArticlePageQuery,
} from '../../gql/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import {
  AmendmentComposerSlot,
  ArticleAmendmentList,
  lineMarkers,
  ProposeAmendmentButton,
  useAmendmentComposer,
} from '../amendments/article-amendments';
import { ArticleDeliberation } from '../deliberation/article-deliberation';
import { useViewer } from '../identity/use-viewer';
import { publishVersionPath } from '../plan-admin/paths';
import { AdoptedFrom } from '../proposals/adopted-from';
import { ArticleLines, LineSelectionBar } from './article-lines';
import {
  articleParams,
  articlePath,
  articleVersionPath,
  articleVersionsPath,
  consultationPath,
  versionsTab,
} from './paths';
import { useLineSelection } from './use-line-selection';

type Article = NonNullable<ArticlePageQuery['article']>;

// The versions tab and its diff views load when first opened: the text comes first.
const ArticleVersions = lazy(() =>
  import('./article-versions').then((module) => ({ default: module.ArticleVersions })),
);

/**
 * `/consultations/:slug/articles/:articleId`: an article's text as numbered, selectable lines
 * (`?version=1` for an older one), and its versions with the differences between any two.
 */
export function ArticlePage() {
  const { t } = useTranslation();
  const { slug = '', articleId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const { data, error, refetch } = useQuery(ArticlePageDocument, { variables: { id: articleId } });

  if (!data) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={t('status.loading')} />
        <LoadingStatus message={t('article.loading')} />
      </>
    );
  }

  const { article } = data;
  if (!article) {
    return <NotFoundPage title={t('article.notFoundTitle')} message={t('article.notFoundBody')} />;
  }
  // An article is read at its consultation's address; an old or mistyped slug is corrected.
  if (article.consultation.slug !== slug) {
    return (
      <Navigate
        replace
        to={`${articlePath(article.consultation.slug, article.id)}${location.search}${location.hash}`}
      />
    );
  }

  const onVersionsTab = searchParams.get(articleParams.tab) === versionsTab;
  const requested = Number(
    searchParams.get(articleParams.version) ?? article.currentVersion.number,
  );
  const articleNumber = t('consultation.articleNumber', { number: article.number });
  const heading = `${articleNumber} — ${article.title}`;

  return (
    <>
      <PageTitle title={onVersionsTab ? `${t('article.versionsTab')} — ${heading}` : heading} />
      <Breadcrumb
        items={[
          { label: t('app.home'), to: '/' },
          {
            label: article.consultation.title,
            to: consultationPath(article.consultation.slug),
            lang: contentLanguage,
          },
          { label: articleNumber },
        ]}
      />
      <p className="eyebrow">
        <Trans
          i18nKey="article.section"
          values={{ title: article.section.title }}
          components={{ content: <span lang={contentLanguage} /> }}
        />
      </p>
      <h1>
        {articleNumber}
        {' — '}
        <span lang={contentLanguage}>{article.title}</span>
      </h1>
      <AdoptedFrom slug={article.consultation.slug} proposal={article.adoptedFrom} />
      <AdminLink slug={article.consultation.slug} articleId={article.id} />
      <p className="article-history-link">
        <Link to={`${articlePath(article.consultation.slug, article.id)}/historique`}>
          {t('article.historyLink')}
        </Link>
      </p>
      <nav aria-label={t('article.tabsLabel')} className="tabs">
        <ul>
          <li>
            <Link
              to={articlePath(article.consultation.slug, article.id)}
              aria-current={onVersionsTab ? undefined : 'page'}
              preventScrollReset
            >
              {t('article.textTab')}
            </Link>
          </li>
          <li>
            <Link
              to={articleVersionsPath(article.consultation.slug, article.id)}
              aria-current={onVersionsTab ? 'page' : undefined}
              preventScrollReset
            >
              {t('article.versionsTab')}{' '}
              <span className="tabs__count">({article.versions.length})</span>
            </Link>
          </li>
        </ul>
      </nav>
      {onVersionsTab ? (
        <Suspense fallback={<LoadingStatus message={t('versions.diffLoading')} />}>
          <ArticleVersions
            slug={article.consultation.slug}
            articleId={article.id}
            versions={article.versions}
            currentNumber={article.currentVersion.number}
          />
        </Suspense>
      ) : (
        <ArticleTextView key={requested} article={article} versionNumber={requested} />
      )}
      {!onVersionsTab && <ArticleDeliberation articleId={article.id} />}
      <p className="back-link">
        <Link to={consultationPath(article.consultation.slug)}>{t('article.backToToc')}</Link>
      </p>
    </>
  );
}

/** "Publier une nouvelle version", for administrators only. */
function AdminLink({ slug, articleId }: { slug: string; articleId: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer?.roles.includes('ADMIN')) return null;
  return (
    <p className="admin-link">
      <Link to={publishVersionPath(slug, articleId)}>{t('article.publishLink')}</Link>
    </p>
  );
}

interface ArticleTextViewProps {
  article: Article;
  versionNumber: number;
}

/** One version's text, with what is selected; an older version says so and leads to the current one. */
function ArticleTextView({ article, versionNumber }: ArticleTextViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const current = article.currentVersion;
  const isCurrent = versionNumber === current.number;
  const older = useQuery(ArticleVersionTextDocument, {
    variables: { id: article.id, number: versionNumber },
    skip: isCurrent || !Number.isInteger(versionNumber),
  });
  const version = isCurrent ? current : older.data?.article?.version;
  const lineSelection = useLineSelection(version?.lines.length ?? 0);
  const composer = useAmendmentComposer();
  const slug = article.consultation.slug;

  if (!version) {
    if (!isCurrent && older.loading) return <LoadingStatus message={t('article.versionLoading')} />;
    if (older.error) {
      return (
        <div role="alert" className="alert">
          <p>{t('article.versionError')}</p>
          <button
            type="button"
            className="button"
            onClick={() => void older.refetch().catch(() => undefined)}
          >
            {t('status.retry')}
          </button>
        </div>
      );
    }
    return (
      <div className="notice">
        <h2>{t('article.noSuchVersionTitle')}</h2>
        <p>{t('article.noSuchVersionBody', { count: current.number })}</p>
        <p>
          <Link to={articlePath(slug, article.id)}>{t('article.readCurrent')}</Link>
        </p>
      </div>
    );
  }

  const publishedOn = formatDate(version.publishedAt, language);
  const amendable = isCurrent && article.consultation.rules.amendmentsOpen;
  return (
    <>
      <section aria-labelledby="article-text-title" className="article-text">
        <h2 id="article-text-title" className="visually-hidden">
          {t('article.textTitle', { number: version.number })}
        </h2>
        {isCurrent ? (
          <p className="version-line">
            {t('article.currentVersion', { number: version.number, date: publishedOn })}
            {current.number > 1 && (
              <>
                {' '}
                <Link to={articleVersionsPath(slug, article.id)}>{t('article.seeVersions')}</Link>
              </>
            )}
          </p>
        ) : (
          <div className="notice notice--old-version">
            <p>
              <strong>
                {t('article.oldVersion', { number: version.number, date: publishedOn })}
              </strong>{' '}
              {t('article.oldVersionCurrent', { number: current.number })}
            </p>
            <p>
              <Link to={articleVersionPath(slug, article.id)}>{t('article.readCurrent')}</Link>
            </p>
          </div>
        )}
        <details className="hint">
          <summary>{t('lines.hintTitle')}</summary>
          <p>{t('lines.hintMouse')}</p>
          <p>{t('lines.hintKeyboard')}</p>
        </details>
        <LineSelectionBar lineSelection={lineSelection}>
          {amendable && (
            <ProposeAmendmentButton composer={composer} selection={lineSelection.selection} />
          )}
        </LineSelectionBar>
        <AmendmentComposerSlot
          composer={composer}
          articleId={article.id}
          slug={slug}
          articleNumber={article.number}
          versionNumber={version.number}
          lines={version.lines}
        />
        <ArticleLines
          lines={version.lines}
          label={t('lines.listLabel', { number: article.number, version: version.number })}
          lineSelection={lineSelection}
          lineAside={isCurrent ? lineMarkers(article.lineActivity) : undefined}
        />
      </section>
      {isCurrent && (
        <ArticleAmendmentList articleId={article.id} slug={slug} lineCount={version.lines.length} />
      )}
    </>
  );
}

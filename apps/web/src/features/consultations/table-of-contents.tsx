import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { TableOfContentsSectionFragment } from '../../gql/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { ArticleActivity } from './article-activity';
import { articlePath } from './paths';

export interface TableOfContentsProps {
  slug: string;
  sections: readonly TableOfContentsSectionFragment[];
}

/** The draft text's outline: each section as a heading, its articles as links with their activity. */
export function TableOfContents({ slug, sections }: TableOfContentsProps) {
  const { t } = useTranslation();
  const ordered = [...sections].sort((a, b) => a.position - b.position);
  const articleCount = ordered.reduce((sum, section) => sum + section.articles.length, 0);

  return (
    <nav aria-label={t('consultation.tocLabel')} className="toc">
      <p>{t('consultation.tocIntro', { count: articleCount })}</p>
      {ordered.map((section) => (
        <div key={section.id} className="toc__section">
          <h2 lang={contentLanguage}>{section.title}</h2>
          {section.articles.length === 0 ? (
            <p>{t('consultation.noArticles')}</p>
          ) : (
            <ul className="toc__articles">
              {[...section.articles]
                .sort((a, b) => a.number - b.number)
                .map((article) => (
                  <li key={article.id}>
                    <Link to={articlePath(slug, article.id)}>
                      {t('consultation.articleNumber', { number: article.number })}
                      {' — '}
                      <span lang={contentLanguage}>{article.title}</span>
                    </Link>
                    <ArticleActivity counts={{ versions: article.versions.length }} />
                  </li>
                ))}
            </ul>
          )}
        </div>
      ))}
    </nav>
  );
}

import { Link } from 'react-router';

import type { SearchResultFieldsFragment } from '../../gql/search/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { amendmentPath } from '../amendments/paths';
import { articleVersionPath } from '../consultations/paths';
import { proposalPath } from '../proposals/paths';
import type { SearchT } from './search-translations';

/** Where a result leads: the article (at that version), the amendment, the proposal, or what an argument is about. */
export function resultPath(slug: string, result: SearchResultFieldsFragment): string {
  const { node, article } = result;
  if (node.__typename === 'ArticleVersion' && article) {
    const past = node.number !== article.currentVersion.number;
    return articleVersionPath(slug, article.id, past ? node.number : undefined);
  }
  if (node.__typename === 'Amendment' && article) return amendmentPath(slug, article.id, node.id);
  if (node.__typename === 'Proposal') return proposalPath(slug, node.id);
  if (node.__typename === 'Argument') {
    const target = node.target;
    if (target.__typename === 'Amendment') return amendmentPath(slug, target.article.id, target.id);
    if (target.__typename === 'Proposal') return proposalPath(slug, target.id);
    if (article) return articleVersionPath(slug, article.id);
  }
  return article ? articleVersionPath(slug, article.id) : '#';
}

/** What a result is, in words: "Article 3 — title", "Amendement à l’article 3"… */
export function resultLabel(t: SearchT, result: SearchResultFieldsFragment): string {
  const { node, article } = result;
  if (node.__typename === 'ArticleVersion' && article) {
    const label = t('result.article', { number: article.number, title: article.title });
    return node.number === article.currentVersion.number
      ? label
      : `${label}, ${t('result.pastVersion', { number: node.number })}`;
  }
  if (node.__typename === 'Amendment' && article) {
    return t('result.amendmentOn', { number: article.number });
  }
  if (node.__typename === 'Proposal') return `${t('kind.PROPOSAL')} — ${result.title ?? ''}`;
  if (node.__typename === 'Argument') {
    const about = article
      ? t('result.argumentOn', { number: article.number })
      : t('result.argumentOnProposal');
    return `${about} (${t(`result.stance.${node.stance}`)})`;
  }
  return t(`kind.${result.kind}`);
}

/** The excerpt, its matching words in <mark> (text only: no HTML from the server). */
export function Excerpt({ parts }: { parts: SearchResultFieldsFragment['excerpt'] }) {
  return (
    <p className="search-result__excerpt" lang={contentLanguage}>
      {parts.map((part, index) =>
        part.highlighted ? (
          <mark key={index}>{part.text}</mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}

/** One result: a link saying what it is, then the excerpt. */
export function SearchResultItem({
  slug,
  result,
  t,
  headingLevel = 2,
}: {
  slug: string;
  result: SearchResultFieldsFragment;
  t: SearchT;
  headingLevel?: 2 | 3 | 4 | 5;
}) {
  const Heading = (['h2', 'h3', 'h4', 'h5'] as const)[headingLevel - 2] ?? 'h2';
  return (
    <article className="search-result">
      <Heading className="search-result__title">
        <Link to={resultPath(slug, result)}>{resultLabel(t, result)}</Link>
      </Heading>
      <Excerpt parts={result.excerpt} />
    </article>
  );
}

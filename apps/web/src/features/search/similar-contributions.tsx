import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useParams } from 'react-router';

import { SimilarContributionsDocument, type SearchKind } from '../../gql/search/graphql';
import { SearchResultItem } from './search-result';
import { similarityQuery } from './similarity';
import { useSearchTranslation } from './search-translations';

/** Wait this long after the last keystroke before looking. */
const debounceMs = 500;

export interface SimilarContributionsProps {
  /** What the person is writing. */
  text: string;
  /** The kinds of contributions to compare with. */
  kinds: readonly SearchKind[];
  /** Only those of this article (amendments). */
  articleId?: string;
  /** The level of its heading, under the form's own (its results one level below). */
  headingLevel?: 2 | 3 | 4;
}

/**
 * « Des contributions proches existent déjà » under a form being written: up to three existing
 * contributions that share its words, with links, so a person can vote for one instead of
 * writing the same again. Announced politely; nothing shows while nothing is similar.
 */
export function SimilarContributions({
  text,
  kinds,
  articleId,
  headingLevel = 4,
}: SimilarContributionsProps) {
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h4';
  const { t } = useSearchTranslation();
  const slug = useParams().slug ?? '';
  const id = useId();
  const [query, setQuery] = useState(() => similarityQuery(text));
  useEffect(() => {
    const timer = setTimeout(() => setQuery(similarityQuery(text)), debounceMs);
    return () => clearTimeout(timer);
  }, [text]);

  const { data } = useQuery(SimilarContributionsDocument, {
    variables: { slug, query, kinds: [...kinds], articleId: articleId ?? null },
    skip: query === '' || slug === '',
  });
  const edges = query === '' ? [] : (data?.search.edges ?? []);

  return (
    <div className="similar-contributions">
      <p role="status" aria-live="polite" className="visually-hidden">
        {edges.length > 0 ? t('similar.count', { count: edges.length }) : ''}
      </p>
      {edges.length > 0 && (
        <section aria-labelledby={`${id}-title`} className="similar-contributions__box">
          <Heading id={`${id}-title`}>{t('similar.title')}</Heading>
          <p>{t('similar.intro')}</p>
          <ul className="similar-contributions__list">
            {edges.map(({ cursor, node }) => (
              <li key={cursor}>
                <SearchResultItem
                  slug={slug}
                  result={node}
                  t={t}
                  headingLevel={(headingLevel + 1) as 3 | 4 | 5}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

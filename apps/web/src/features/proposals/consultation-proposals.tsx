import './proposal-translations';

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ConsultationProposalsDocument } from '../../gql/proposals/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { orderSeed } from '../deliberation/order-seed';
import { proposalsAnchor, proposeArticlePath, sectionProposalsPath } from './paths';
import { ProposalCard } from './proposal-ui';

/** How many proposals each section shows here; its own page lists them all. */
const perSection = 3;

export interface ConsultationProposalsProps {
  slug: string;
}

/**
 * « Propositions de nouveaux articles » on the consultation page: for each section, a few of the
 * articles participants proposed (in the visitor's random order), the way to all of them, and
 * « Proposer un nouvel article » while the consultation takes proposals.
 */
export function ConsultationProposals({ slug }: ConsultationProposalsProps) {
  const { t } = useTranslation('proposals');
  const { t: tc } = useTranslation();
  const [seed] = useState(orderSeed);
  const { data, error, refetch } = useQuery(ConsultationProposalsDocument, {
    variables: { slug, first: perSection, orderBy: 'RANDOM', seed },
    fetchPolicy: 'cache-and-network',
  });
  const consultation = data?.consultation;

  return (
    <section
      aria-labelledby={`${proposalsAnchor}-titre`}
      id={proposalsAnchor}
      className="proposals-overview"
    >
      <h2 id={`${proposalsAnchor}-titre`}>{t('proposals.overview.title')}</h2>
      <p>{t('proposals.overview.intro')}</p>
      {!consultation ? (
        error ? (
          <div role="alert" className="alert">
            <p>{t('proposals.overview.loadError')}</p>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => void refetch().catch(() => undefined)}
            >
              {tc('status.retry')}
            </button>
          </div>
        ) : (
          <p className="loading-status">{t('proposals.overview.loading')}</p>
        )
      ) : (
        <>
          {!consultation.rules.proposalsOpen && <p>{t('proposals.closed')}</p>}
          {[...consultation.sections]
            .sort((a, b) => a.position - b.position)
            .map((section) => {
              const { totalCount, edges } = section.proposals;
              const titleId = `propositions-${section.id}`;
              return (
                <section key={section.id} aria-labelledby={titleId} className="proposals-section">
                  <h3 id={titleId} lang={contentLanguage}>
                    {section.title}
                  </h3>
                  {totalCount === 0 ? (
                    <p>{t('proposals.overview.none')}</p>
                  ) : (
                    <ul className="proposal-cards">
                      {edges.map(({ node }) => (
                        <ProposalCard key={node.id} proposal={node} slug={slug} headingLevel={4} />
                      ))}
                    </ul>
                  )}
                  <div className="proposals-section__links">
                    {totalCount > 0 && (
                      <Link to={sectionProposalsPath(slug, section.id)}>
                        {t('proposals.overview.seeAll', { count: totalCount })}
                        <span className="visually-hidden">
                          {' '}
                          {t('proposals.inSection', { title: section.title })}
                        </span>
                      </Link>
                    )}
                    {consultation.rules.proposalsOpen && (
                      <Link
                        className="button button--secondary"
                        to={proposeArticlePath(slug, section.id)}
                      >
                        {t('proposals.propose')}
                        <span className="visually-hidden">
                          {' '}
                          {t('proposals.inSection', { title: section.title })}
                        </span>
                      </Link>
                    )}
                  </div>
                </section>
              );
            })}
        </>
      )}
    </section>
  );
}

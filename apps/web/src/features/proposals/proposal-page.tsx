import './proposal-translations';

import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import { ProposalPageDocument, type ProposalDetailFragment } from '../../gql/proposals/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { StatusMessage } from '../../shared/ui/status-message';
import { articlePath, consultationPath } from '../consultations/paths';
import { ArgumentsPanel } from '../deliberation/arguments-panel';
import { SourcesList } from '../deliberation/sources-list';
import { VoteBox } from '../deliberation/vote-box';
import { useViewer } from '../identity/use-viewer';
import { ModerationNotice, ReportAction } from '../moderation/contribution-moderation';
import { OfficialResponsesSlot } from '../responses/official-responses-slot';
import { WorkshopProvenance } from '../workshops/workshop-provenance';
import { proposalPath, sectionProposalsPath } from './paths';
import { AdoptProposal, ProposalAuthorActions } from './proposal-actions';
import { ProposalBy, ProposalStatusBadge } from './proposal-ui';

/** `/consultations/:slug/propositions/:proposalId`: one article proposed by a participant. */
export function ProposalPage() {
  const { t } = useTranslation('proposals');
  const { t: tc } = useTranslation();
  const { slug = '', proposalId = '' } = useParams();
  const location = useLocation();
  const { data, error, refetch } = useQuery(ProposalPageDocument, {
    variables: { id: proposalId },
    fetchPolicy: 'cache-and-network',
  });

  if (!data) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={tc('status.loading')} />
        <LoadingStatus message={t('proposals.page.loading')} />
      </>
    );
  }
  const { proposal } = data;
  if (!proposal) {
    return (
      <NotFoundPage
        title={t('proposals.page.notFoundTitle')}
        message={t('proposals.page.notFoundBody')}
      />
    );
  }
  if (proposal.section.consultation.slug !== slug) {
    return <Navigate replace to={proposalPath(proposal.section.consultation.slug, proposal.id)} />;
  }
  const proposed =
    typeof location.state === 'object' &&
    location.state !== null &&
    (location.state as { proposed?: boolean }).proposed === true;
  return <ProposalView proposal={proposal} proposed={proposed} />;
}

function ProposalView({
  proposal,
  proposed,
}: {
  proposal: ProposalDetailFragment;
  proposed: boolean;
}) {
  const { t } = useTranslation('proposals');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const { viewer } = useViewer();
  const { section } = proposal;
  const { consultation } = section;
  const slug = consultation.slug;
  const rules = consultation.rules;
  const title = proposal.title ?? t('proposals.hiddenTitle');
  const isAuthor = Boolean(viewer && proposal.author && viewer.id === proposal.author.id);
  const isAdmin = Boolean(viewer?.roles.includes('ADMIN'));
  const edited = proposal.revisions.some((revision) => revision.kind === 'EDITED');

  return (
    <div className="proposal-page">
      <PageTitle title={`${title} — ${t('proposals.page.breadcrumb')}`} />
      <Breadcrumb
        items={[
          { label: tc('app.home'), to: '/' },
          { label: consultation.title, to: consultationPath(slug), lang: contentLanguage },
          { label: t('proposals.section.breadcrumb'), to: sectionProposalsPath(slug, section.id) },
          { label: t('proposals.page.breadcrumb') },
        ]}
      />
      <StatusMessage message={proposed ? t('proposals.page.published') : undefined} />
      <p className="eyebrow">
        {t('proposals.page.eyebrow')} — {t('proposals.section.part')}{' '}
        <span lang={contentLanguage}>{section.title}</span>
      </p>
      <h1 lang={proposal.title === null ? undefined : contentLanguage}>{title}</h1>
      <div className="amendment-page__meta">
        <ProposalStatusBadge status={proposal.status} adoptedAs={proposal.adoptedAs} />
        <p>
          <ProposalBy author={proposal.author} createdAt={proposal.createdAt} />
          {edited &&
            ` ${t('proposals.page.editedOn', { date: formatDate(proposal.updatedAt, language) })}`}
        </p>
        <WorkshopProvenance workshop={proposal.workshop} enteredBy={proposal.author} />
      </div>
      <ModerationNotice contribution={proposal} viewer={viewer} />
      <ReportAction contribution={proposal} viewer={viewer} />
      <OfficialResponsesSlot targetId={proposal.id} headingLevel={2} />
      {proposal.adoptedAs && (
        <div className="notice notice--success">
          <p>
            {t('proposals.page.adopted', { number: proposal.adoptedAs.number })}{' '}
            <Link to={articlePath(slug, proposal.adoptedAs.id)}>
              {t('proposals.page.readArticle', { number: proposal.adoptedAs.number })}
            </Link>
          </p>
        </div>
      )}
      {proposal.status === 'WITHDRAWN' && (
        <div className="notice">
          <p>{t('proposals.page.withdrawn')}</p>
        </div>
      )}
      {proposal.status === 'REJECTED' && (
        <div className="notice">
          <p>{t('proposals.page.rejected')}</p>
        </div>
      )}

      <section aria-labelledby="texte-propose-titre">
        <h2 id="texte-propose-titre">{t('proposals.page.bodyTitle')}</h2>
        {proposal.body === null ? (
          <p>{t('proposals.hidden')}</p>
        ) : (
          <div className="proposal-body" lang={contentLanguage}>
            {proposal.body}
          </div>
        )}
      </section>

      <section aria-labelledby="motifs-titre">
        <h2 id="motifs-titre">{t('proposals.page.rationaleTitle')}</h2>
        {proposal.rationale === null ? (
          <p>{t('proposals.hidden')}</p>
        ) : (
          <p className="amendment-page__rationale" lang={contentLanguage}>
            {proposal.rationale}
          </p>
        )}
      </section>

      {isAuthor && <ProposalAuthorActions proposal={proposal} open={rules.proposalsOpen} />}
      {isAdmin && <AdoptProposal proposal={proposal} />}

      <section aria-labelledby="historique-titre">
        <h2 id="historique-titre">{t('proposals.page.historyTitle')}</h2>
        <ProposalRevisions revisions={proposal.revisions} />
      </section>

      <section aria-labelledby="debat-proposition-titre" className="deliberation">
        <h2 id="debat-proposition-titre">{t('proposals.page.debateTitle')}</h2>
        <VoteBox targetId={proposal.id} open={rules.votesOpen && proposal.status === 'OPEN'} />
        <ArgumentsPanel targetId={proposal.id} open={rules.argumentsOpen} />
        <SourcesList targetId={proposal.id} open={rules.argumentsOpen} />
      </section>

      <p className="back-link">
        <Link to={sectionProposalsPath(slug, section.id)}>{t('proposals.page.backToSection')}</Link>
      </p>
    </div>
  );
}

type Revision = ProposalDetailFragment['revisions'][number];

/** Every change of a proposal, oldest first, with its words as they were then. */
function ProposalRevisions({ revisions }: { revisions: readonly Revision[] }) {
  const { t } = useTranslation('proposals');
  const language = useLanguage();
  return (
    <ol className="revisions">
      {revisions.map((revision) => (
        <li key={revision.number} className="revisions__item">
          <p className="revisions__label">
            <strong>{t(`proposals.revisions.${revision.kind}`)}</strong>{' '}
            <span className="revisions__date">
              {t('proposals.revisions.on', { date: formatDate(revision.createdAt, language) })}
            </span>
          </p>
          {(revision.kind === 'CREATED' || revision.kind === 'EDITED') && (
            <details className="hint">
              <summary>{t('proposals.revisions.showWords', { number: revision.number })}</summary>
              <dl className="revisions__words">
                <dt>{t('proposals.form.titleLabel')}</dt>
                <dd lang={contentLanguage}>{revision.title ?? t('proposals.hidden')}</dd>
                <dt>{t('proposals.form.bodyLabel')}</dt>
                <dd lang={contentLanguage}>{revision.body ?? t('proposals.hidden')}</dd>
                <dt>{t('proposals.page.rationaleTitle')}</dt>
                <dd lang={contentLanguage}>{revision.rationale ?? t('proposals.hidden')}</dd>
              </dl>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}

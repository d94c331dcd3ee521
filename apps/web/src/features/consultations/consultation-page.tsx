import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import { ConsultationPageDocument } from '../../gql/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { moderationLogPath } from '../moderation/paths';
import { obligationsPath } from '../responses/paths';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { useViewer } from '../identity/use-viewer';
import { planAdminPath } from '../plan-admin/paths';
import { ConsultationProposalsSlot } from '../proposals/consultation-proposals-slot';
import { ConsultationDates } from './consultation-dates';
import { PhaseBadge } from './phase-badge';
import { TableOfContents } from './table-of-contents';

/** One consultation: what it is about, its calendar and the outline of the draft text. */
export function ConsultationPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, error, refetch } = useQuery(ConsultationPageDocument, { variables: { slug } });

  if (!data) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={t('status.loading')} />
        <LoadingStatus message={t('consultation.loading')} />
      </>
    );
  }

  const { consultation } = data;
  if (!consultation) {
    return (
      <NotFoundPage
        title={t('consultation.notFoundTitle')}
        message={t('consultation.notFoundBody')}
      />
    );
  }

  return (
    <>
      <PageTitle title={consultation.title} />
      <Breadcrumb
        items={[
          { label: t('app.home'), to: '/' },
          { label: consultation.title, lang: contentLanguage },
        ]}
      />
      <div className="consultation-header">
        <h1 lang={contentLanguage}>{consultation.title}</h1>
        <PhaseBadge phase={consultation.phase} />
        <ConsultationDates opensAt={consultation.opensAt} closesAt={consultation.closesAt} />
        <AdminLink slug={consultation.slug} />
      </div>
      <div className="summary" lang={contentLanguage}>
        {paragraphs(consultation.summary).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <TableOfContents slug={consultation.slug} sections={consultation.sections} />
      <ConsultationProposalsSlot slug={consultation.slug} />
      <nav aria-label={t('consultation.moreLabel')} className="consultation-more">
        <ul>
          <li>
            <Link to={obligationsPath(consultation.slug)}>{t('consultation.responsesLink')}</Link>
          </li>
          <li>
            <Link to={moderationLogPath(consultation.slug)}>
              {t('consultation.moderationLogLink')}
            </Link>
          </li>
          <li>
            <Link to="donnees">{t('consultation.openDataLink')}</Link>
          </li>
        </ul>
      </nav>
    </>
  );
}

/** "Modifier la consultation et son plan", for administrators only. */
function AdminLink({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer?.roles.includes('ADMIN')) return null;
  return (
    <p className="admin-link">
      <Link to={planAdminPath(slug)}>{t('consultation.adminLink')}</Link>
    </p>
  );
}

/** Plain text to paragraphs: blank lines separate them. Contributions are never rendered as HTML. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

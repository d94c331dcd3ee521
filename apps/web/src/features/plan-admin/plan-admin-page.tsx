import './admin-translations';

import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import { PlanAdminDocument } from '../../gql/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { consultationPath } from '../consultations/paths';
import { ConsultationForm } from './consultation-form';
import { PhaseActions } from './phase-actions';
import { PlanEditor } from './plan-editor';
import { RequireAdmin } from './require-admin';

/** `/admin/consultations/:slug`: the consultation's presentation, phase and plan, for admins. */
export function PlanAdminPage() {
  return (
    <RequireAdmin>
      <PlanAdmin />
    </RequireAdmin>
  );
}

function PlanAdmin() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, error, refetch } = useQuery(PlanAdminDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });

  if (!data) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={t('planAdmin.pageTitle')} />
        <LoadingStatus message={t('planAdmin.loading')} />
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
    <div className="plan-admin">
      <PageTitle title={`${t('planAdmin.pageTitle')} — ${consultation.title}`} />
      <Breadcrumb
        items={[
          { label: t('app.home'), to: '/' },
          {
            label: consultation.title,
            to: consultationPath(consultation.slug),
            lang: contentLanguage,
          },
          { label: t('planAdmin.breadcrumb') },
        ]}
      />
      <p className="eyebrow">{t('planAdmin.eyebrow')}</p>
      <h1 lang={contentLanguage}>{consultation.title}</h1>
      <p className="lead">{t('planAdmin.intro')}</p>
      <nav aria-label={t('planAdmin.onThisPage')} className="page-toc">
        <ul>
          <li>
            <a href="#admin-presentation">{t('planAdmin.presentationTitle')}</a>
          </li>
          <li>
            <a href="#admin-phase">{t('planAdmin.phaseTitle')}</a>
          </li>
          <li>
            <a href="#admin-plan">{t('planAdmin.planTitle')}</a>
          </li>
        </ul>
      </nav>

      <section
        id="admin-presentation"
        aria-labelledby="admin-presentation-title"
        className="admin-section"
      >
        <h2 id="admin-presentation-title">{t('planAdmin.presentationTitle')}</h2>
        <ConsultationForm key={consultation.id} consultation={consultation} />
      </section>

      <section id="admin-phase" aria-labelledby="admin-phase-title" className="admin-section">
        <h2 id="admin-phase-title">{t('planAdmin.phaseTitle')}</h2>
        <PhaseActions consultation={consultation} />
      </section>

      <section id="admin-plan" aria-labelledby="admin-plan-title" className="admin-section">
        <h2 id="admin-plan-title">{t('planAdmin.planTitle')}</h2>
        <p>{t('planAdmin.planIntro')}</p>
        <PlanEditor consultation={consultation} />
      </section>

      <p className="back-link">
        <Link to={consultationPath(consultation.slug)}>{t('planAdmin.backToConsultation')}</Link>
      </p>
    </div>
  );
}

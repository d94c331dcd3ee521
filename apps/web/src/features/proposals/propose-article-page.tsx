import './proposal-translations';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import { ProposeArticleDocument, ProposeArticleSectionDocument } from '../../gql/proposals/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { TextAreaField } from '../../shared/forms/text-area-field';
import { TextField } from '../../shared/forms/text-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { consultationPath } from '../consultations/paths';
import { loginPath, returnPathFrom } from '../identity/paths';
import { useViewer } from '../identity/use-viewer';
import { SimilarContributionsSlot } from '../search/similar-contributions-slot';
import { proposalPath, sectionProposalsPath } from './paths';
import { checkProposal, type ProposalField } from './proposal-checks';

/** `/consultations/:slug/parties/:sectionId/nouvel-article`: « Proposer un nouvel article ». */
export function ProposeArticlePage() {
  const { t } = useTranslation('proposals');
  const { t: tc } = useTranslation();
  const { sectionId = '' } = useParams();
  const location = useLocation();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(ProposeArticleSectionDocument, {
    variables: { id: sectionId },
  });

  if (!data) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={tc('status.loading')} />
        <LoadingStatus message={t('proposals.form.loading')} />
      </>
    );
  }
  const section = data.node && 'consultation' in data.node ? data.node : undefined;
  if (!section) {
    return (
      <NotFoundPage
        title={t('proposals.section.notFoundTitle')}
        message={t('proposals.section.notFoundBody')}
      />
    );
  }
  const { consultation } = section;

  let content;
  if (!consultation.rules.proposalsOpen) {
    content = <p>{t('proposals.closed')}</p>;
  } else if (viewer === undefined) {
    content = <LoadingStatus message={tc('status.loading')} />;
  } else if (viewer === null) {
    content = (
      <>
        <p>{t('proposals.form.loginNeeded')}</p>
        <p>
          <Link className="button" to={loginPath(returnPathFrom(location))}>
            {tc('auth.login')}
          </Link>
        </p>
      </>
    );
  } else {
    content = <ProposeArticleForm sectionId={section.id} slug={consultation.slug} />;
  }

  return (
    <div className="narrow">
      <PageTitle title={`${t('proposals.form.title')} — ${section.title}`} />
      <Breadcrumb
        items={[
          { label: tc('app.home'), to: '/' },
          {
            label: consultation.title,
            to: consultationPath(consultation.slug),
            lang: contentLanguage,
          },
          {
            label: t('proposals.section.breadcrumb'),
            to: sectionProposalsPath(consultation.slug, section.id),
          },
          { label: t('proposals.form.breadcrumb') },
        ]}
      />
      <h1>
        {t('proposals.form.title')}
        <span className="heading-detail">
          {t('proposals.section.part')} <span lang={contentLanguage}>{section.title}</span>
        </span>
      </h1>
      <p className="lead">{t('proposals.form.intro')}</p>
      {content}
    </div>
  );
}

function ProposeArticleForm({ sectionId, slug }: { sectionId: string; slug: string }) {
  const { t } = useTranslation('proposals');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const ids: Record<ProposalField, string> = {
    title: `${id}-title`,
    body: `${id}-body`,
    rationale: `${id}-rationale`,
  };
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [rationale, setRationale] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } =
    useFormFeedback<ProposalField>();
  const [propose] = useMutation(ProposeArticleDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkProposal(t, { title, body, rationale });
    if (found.length > 0) {
      showErrors(found);
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      const { data } = await propose({
        variables: {
          input: { sectionId, title: title.trim(), body, rationale: rationale.trim() },
        },
        refetchQueries: ['ConsultationProposals', 'SectionProposals'],
      });
      const proposal = data?.proposeArticle;
      if (proposal) void navigate(proposalPath(slug, proposal.id), { state: { proposed: true } });
    } catch (error) {
      setBusy(false);
      showErrors(
        formErrorsFrom(error, {
          fields: { title: 'title', body: 'body', rationale: 'rationale' },
          networkMessage: tc('forms.networkError'),
        }),
      );
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} idFor={(field) => ids[field]} ref={summaryRef} />
      <form className="form form--wide" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <p className="form__required">{tc('forms.allRequired')}</p>
        <TextField
          id={ids.title}
          name="title"
          label={t('proposals.form.titleLabel')}
          hint={t('proposals.form.titleHint')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          maxLength={400}
          required
          lang={contentLanguage}
          error={errorFor('title')}
        />
        <TextAreaField
          id={ids.body}
          name="body"
          label={t('proposals.form.bodyLabel')}
          hint={t('proposals.form.bodyHint')}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          rows={10}
          required
          code
          lang={contentLanguage}
          error={errorFor('body')}
        />
        <SimilarContributionsSlot kinds={['PROPOSAL']} text={`${title} ${body}`} headingLevel={2} />
        <TextAreaField
          id={ids.rationale}
          name="rationale"
          label={t('proposals.form.rationaleLabel')}
          hint={t('proposals.form.rationaleHint')}
          value={rationale}
          onChange={(event) => setRationale(event.target.value)}
          rows={5}
          required
          lang={contentLanguage}
          error={errorFor('rationale')}
        />
        <SubmitButton
          busy={busy}
          label={t('proposals.form.submit')}
          busyLabel={t('proposals.form.submitting')}
        />
      </form>
    </>
  );
}

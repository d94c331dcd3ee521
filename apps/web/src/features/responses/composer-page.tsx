import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import {
  OfficialResponsesDocument,
  PublishOfficialResponseDocument,
  PublishOfficialResponseDraftDocument,
  ResponseTargetDocument,
  ReviseOfficialResponseDocument,
  type OfficialResponseFieldsFragment,
  type ResponseDecision,
} from '../../gql/responses/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom } from '../../shared/forms/form-errors';
import { TextAreaField } from '../../shared/forms/text-area-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { WarningIcon } from '../../shared/ui/icons';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { StatusMessage } from '../../shared/ui/status-message';
import type { Viewer } from '../identity/use-viewer';
import { OfficialResponseView } from './official-response-view';
import { workspacePath } from './paths';
import { RequireOfficial } from './require-official';
import { useResponsesTranslation } from './responses-translations';
import { targetInfo } from './response-target';

const decisions: readonly ResponseDecision[] = [
  'ACCEPTED',
  'PARTIALLY_ACCEPTED',
  'REJECTED',
  'UNDER_STUDY',
  'NOTED',
];

type Field = 'decision' | 'body';

/** `/espace-elu/repondre/:targetId`: an official answers one contribution. */
export function ComposerPage() {
  return <RequireOfficial>{(viewer) => <Composer viewer={viewer} />}</RequireOfficial>;
}

function Composer({ viewer }: { viewer: Viewer }) {
  const { t } = useResponsesTranslation();
  const { t: tc } = useTranslation();
  const { targetId = '' } = useParams();
  const target = useQuery(ResponseTargetDocument, { variables: { id: targetId } });
  const responses = useQuery(OfficialResponsesDocument, {
    variables: { id: targetId },
    fetchPolicy: 'cache-and-network',
  });

  if (!target.data || !responses.data) {
    if (target.error || responses.error) {
      return <ErrorAlert onRetry={() => void target.refetch().catch(() => undefined)} />;
    }
    return (
      <>
        <PageTitle title={t('composer.title')} />
        <LoadingStatus message={tc('status.loading')} />
      </>
    );
  }
  const node = target.data.node;
  const info = node ? targetInfo(t, node) : undefined;
  const answered = responses.data.node;
  const all = answered && 'officialResponses' in answered ? answered.officialResponses : [];
  const own = all.find((response) => response.official.id === viewer.id);
  const others = all.filter((response) => response !== own && !response.draft);

  return (
    <>
      <PageTitle title={info ? `${t('composer.title')} — ${info.label}` : t('composer.title')} />
      <Breadcrumb
        items={[
          { label: tc('app.home'), to: '/' },
          { label: t('workspace.title'), to: workspacePath },
          { label: t('composer.title') },
        ]}
      />
      <h1>{t('composer.title')}</h1>
      {!node || !info ? (
        <p>{t('composer.targetNotFound')}</p>
      ) : (
        <>
          <section aria-labelledby="contribution-title" className="composer-target">
            <h2 id="contribution-title">{t('composer.contribution')}</h2>
            <p className="composer-target__label">{info.label}</p>
            {info.author && <p>{t('target.by', { name: info.author })}</p>}
            {info.excerpt && (
              <blockquote lang={contentLanguage}>
                <p>{info.excerpt}</p>
              </blockquote>
            )}
            {info.path && (
              <p>
                <Link to={info.path}>{t('composer.open')}</Link>
              </p>
            )}
          </section>
          {others.length > 0 && (
            <section aria-labelledby="existing-title">
              <h2 id="existing-title">{t('composer.existingTitle')}</h2>
              {others.map((response) => (
                <OfficialResponseView key={response.id} response={response} />
              ))}
            </section>
          )}
          <ResponseForm
            key={node.id}
            targetId={node.id}
            own={own}
            viewer={viewer}
            onChanged={() => void responses.refetch().catch(() => undefined)}
          />
        </>
      )}
      <p className="back-link">
        <Link to={workspacePath}>{t('workspace.back')}</Link>
      </p>
    </>
  );
}

interface ResponseFormProps {
  targetId: string;
  own: OfficialResponseFieldsFragment | undefined;
  viewer: Viewer;
  onChanged: () => void;
}

/** Decision, body, live preview; « Enregistrer le brouillon » and « Publier ». */
function ResponseForm({ targetId, own, viewer, onChanged }: ResponseFormProps) {
  const { t } = useResponsesTranslation();
  const id = useId();
  const bodyId = `${id}-body`;
  const decisionId = `${id}-decision`;
  const [decision, setDecision] = useState<ResponseDecision | undefined>(own?.decision);
  const [body, setBody] = useState(own?.body ?? '');
  const [busy, setBusy] = useState<'draft' | 'publish'>();
  const [done, setDone] = useState<string>();
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<Field>();
  const [publishResponse] = useMutation(PublishOfficialResponseDocument);
  const [reviseResponse] = useMutation(ReviseOfficialResponseDocument);
  const [publishDraft] = useMutation(PublishOfficialResponseDraftDocument);
  const published = own !== undefined && !own.draft;

  async function submit(intent: 'draft' | 'publish') {
    const problems: { field: Field; message: string }[] = [];
    if (!decision) problems.push({ field: 'decision', message: t('composer.decisionRequired') });
    if (!body.trim()) problems.push({ field: 'body', message: t('composer.bodyRequired') });
    if (problems.length > 0 || !decision) {
      showErrors(problems);
      return;
    }
    setBusy(intent);
    setDone(undefined);
    clearErrors();
    const content = { decision, body: body.trim() };
    try {
      if (own) {
        // A draft published as it was saved needs no edit first (the API refuses an unchanged one).
        const unchanged = own.decision === content.decision && own.body === content.body;
        if (!(own.draft && unchanged && intent === 'publish')) {
          await reviseResponse({ variables: { input: { responseId: own.id, ...content } } });
        }
        if (intent === 'publish' && own.draft) await publishDraft({ variables: { id: own.id } });
      } else {
        await publishResponse({
          variables: { input: { targetId, ...content, publish: intent === 'publish' } },
        });
      }
      setDone(
        intent === 'draft'
          ? t('composer.draftSaved')
          : published
            ? t('composer.revised')
            : t('composer.published'),
      );
      onChanged();
    } catch (failure) {
      showErrors(
        formErrorsFrom<Field>(failure, {
          fields: { body: 'body', decision: 'decision' },
          networkMessage: t('composer.networkError'),
        }),
      );
    } finally {
      setBusy(undefined);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit('publish');
  }

  const decisionError = errorFor('decision');
  const preview = decision &&
    body.trim() && {
      decision,
      body: body.trim(),
      draft: false,
      officialName: viewer.displayName,
      officialTitle: viewer.officialTitle ?? '',
      publishedAt: own?.publishedAt ?? new Date().toISOString(),
      revisions: [],
    };

  return (
    <>
      <section aria-labelledby={`${id}-title`} className="composer">
        <h2 id={`${id}-title`}>{published ? t('workspace.revise') : t('composer.title')}</h2>
        {own?.draft && <p className="notice">{t('composer.draftNote')}</p>}
        {published && <p className="notice">{t('composer.reviseNote')}</p>}
        <ErrorSummary
          errors={errors}
          ref={summaryRef}
          headingLevel={3}
          idFor={(field) => (field === 'body' ? bodyId : `${decisionId}-0`)}
        />
        <form noValidate onSubmit={handleSubmit}>
          <fieldset
            className={decisionError ? 'decision-field field--error' : 'decision-field'}
            aria-describedby={decisionError ? `${decisionId}-error` : undefined}
          >
            <legend className="field__label">{t('composer.decision')}</legend>
            {decisionError && (
              <p id={`${decisionId}-error`} className="field__error" lang={decisionError.lang}>
                <WarningIcon />
                <span>{decisionError.message}</span>
              </p>
            )}
            {decisions.map((value, index) => (
              <div key={value} className="decision-field__option">
                <input
                  type="radio"
                  id={`${decisionId}-${index}`}
                  name="decision"
                  value={value}
                  checked={decision === value}
                  onChange={() => setDecision(value)}
                  aria-describedby={`${decisionId}-${index}-hint`}
                />
                <label htmlFor={`${decisionId}-${index}`}>{t(`decision.${value}`)}</label>
                <p id={`${decisionId}-${index}-hint`} className="field__hint">
                  {t(`decisionHint.${value}`)}
                </p>
              </div>
            ))}
          </fieldset>
          <TextAreaField
            id={bodyId}
            label={t('composer.body')}
            hint={t('composer.bodyHint')}
            error={errorFor('body')}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            rows={10}
            lang={contentLanguage}
          />
          <div className="button-row">
            <button
              type="submit"
              className="button"
              disabled={busy !== undefined}
              aria-busy={busy === 'publish'}
            >
              {busy === 'publish'
                ? t('composer.publishing')
                : published
                  ? t('composer.publishRevision')
                  : t('composer.publish')}
            </button>
            {!published && (
              <button
                type="button"
                className="button button--secondary"
                disabled={busy !== undefined}
                aria-busy={busy === 'draft'}
                onClick={() => void submit('draft')}
              >
                {busy === 'draft' ? t('composer.savingDraft') : t('composer.saveDraft')}
              </button>
            )}
          </div>
          <StatusMessage message={done} />
        </form>
      </section>
      <section aria-labelledby={`${id}-preview`} className="composer-preview">
        <h2 id={`${id}-preview`}>{t('composer.preview')}</h2>
        {preview ? (
          <>
            <p>{t('composer.previewIntro')}</p>
            <OfficialResponseView response={preview} />
          </>
        ) : (
          <p>{t('composer.previewEmpty')}</p>
        )}
      </section>
    </>
  );
}

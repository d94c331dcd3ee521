import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import {
  AppealModerationDocument,
  ContributionToAppealDocument,
  FirstConsultationDocument,
  ModerationLogDocument,
  type ContributionToAppealQuery,
  type ModerationActionFieldsFragment,
} from '../../gql/moderation/graphql';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { TextAreaField } from '../../shared/forms/text-area-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { StatusMessage } from '../../shared/ui/status-message';
import { loginPath, returnPathFrom } from '../identity/paths';
import { useViewer } from '../identity/use-viewer';
import { LogEntry } from './moderation-log-page';
import { useModerationTranslation } from './moderation-translations';
import { suspensionAppealPath } from './paths';

const textLimit = 5_000;

/**
 * `/consultations/:slug/moderation/recours/:contributionId` (the author of a hidden
 * contribution) and `/compte/recours` (a suspended participant): the decision, and one appeal.
 * A hidden contribution names the action that hid it (`moderation.actionId`); a suspension is
 * found in the public log (suspensions are in every consultation's log).
 */
export function AppealPage() {
  const { t } = useModerationTranslation();
  const { viewer } = useViewer();
  const location = useLocation();
  const params = useParams();
  const contributionId = params.contributionId;
  const contribution = useQuery(ContributionToAppealDocument, {
    variables: { id: contributionId ?? '' },
    skip: !contributionId || !viewer,
    fetchPolicy: 'network-only',
  });
  const first = useQuery(FirstConsultationDocument, {
    skip: Boolean(params.slug) || Boolean(contributionId),
  });
  const slug = params.slug ?? first.data?.consultations.edges[0]?.node.slug;
  const log = useQuery(ModerationLogDocument, {
    variables: { slug: slug ?? '', first: 100 },
    skip: Boolean(contributionId) || !slug || !viewer,
  });
  const title = t('appeal.title');

  if (viewer === null) {
    return (
      <div className="narrow">
        <PageTitle title={title} />
        <h1>{title}</h1>
        <p>
          <Link to={loginPath(returnPathFrom(location))}>{t('appeal.login')}</Link>
        </p>
      </div>
    );
  }
  const { data, error, refetch } = contributionId ? contribution : log;
  if (error || first.error)
    return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
  if (!viewer || !data) return <LoadingStatus message={t('appeal.loading')} />;

  const action = contributionId
    ? hidingOf(contribution.data?.node)
    : log.data?.moderationLog.edges
        .map((edge) => edge.node)
        .find((node) => node.kind === 'SUSPEND' && node.target?.id === viewer.id);

  return (
    <div className="narrow">
      <PageTitle title={title} />
      <h1>{title}</h1>
      <p className="lead">{t('appeal.intro')}</p>
      {action ? (
        <>
          <h2>{t('appeal.decision')}</h2>
          <LogEntry action={action} headingLevel={3} />
          <AppealForm actionId={action.id} />
        </>
      ) : (
        <p>{t('appeal.notFound')}</p>
      )}
    </div>
  );
}

type AppealedNode = ContributionToAppealQuery['node'];

/** The hiding of a contribution, as its `moderation` states it (none when it is not hidden). */
function hidingOf(node: AppealedNode | undefined): ModerationActionFieldsFragment | undefined {
  const moderation = node && 'moderation' in node ? node.moderation : undefined;
  if (!moderation?.hidden || !moderation.actionId) return undefined;
  return {
    __typename: 'ModerationAction',
    id: moderation.actionId,
    kind: 'HIDE',
    reasonCategory: moderation.reasonCategory ?? 'OTHER',
    reason: moderation.reason ?? '',
    automatic: false,
    createdAt: moderation.hiddenAt ?? '',
    suspendedUntil: null,
  };
}

function AppealForm({ actionId }: { actionId: string }) {
  const { t } = useModerationTranslation();
  const { t: tc } = useTranslation();
  const id = useId();
  const [appeal] = useMutation(AppealModerationDocument);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<'text'>();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('text') ?? '').trim();
    const problems: FormError<'text'>[] = [];
    if (!text) problems.push({ field: 'text', message: t('appeal.textRequired') });
    if ([...text].length > textLimit)
      problems.push({ field: 'text', message: t('appeal.textHint') });
    if (problems.length > 0) {
      showErrors(problems);
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      await appeal({ variables: { input: { moderationActionId: actionId, text } } });
      setSent(t('appeal.sent'));
    } catch (failure) {
      showErrors(
        formErrorsFrom(failure, {
          fields: { text: 'text' },
          networkMessage: tc('forms.networkError'),
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <ErrorSummary errors={errors} idFor={() => id} ref={summaryRef} headingLevel={2} />
      {!sent && (
        <>
          <TextAreaField
            id={id}
            name="text"
            label={t('appeal.text')}
            hint={t('appeal.textHint')}
            rows={6}
            required
            error={errorFor('text')}
          />
          <SubmitButton busy={busy} label={t('appeal.submit')} busyLabel={t('appeal.submitting')} />
        </>
      )}
      <StatusMessage message={sent} />
    </form>
  );
}

/** On the account page of a suspended participant, under the notice: the way to appeal. */
export function SuspensionBanner() {
  const { t } = useModerationTranslation();
  return (
    <p className="suspension-appeal">
      <Link to={suspensionAppealPath}>{t('appeal.suspendedLink')}</Link>
    </p>
  );
}

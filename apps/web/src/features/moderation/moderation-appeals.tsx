import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  DecideAppealDocument,
  ModerationAppealsDocument,
  type ModerationAppealsQuery,
} from '../../gql/moderation/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { errorCodes, formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { TextAreaField } from '../../shared/forms/text-area-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { formatDate } from '../../shared/format-date';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { LogEntry } from './moderation-log-page';
import { useModerationTranslation } from './moderation-translations';
import { ContributionLink, type PlacedTarget } from './moderation-ui';

type PendingAppeal = ModerationAppealsQuery['moderationAppeals'][number];

const reasonMinimum = 10;

/**
 * « Recours en attente », on the moderators' queue: each appeal with the decision it contests,
 * and a form to grant or reject it (by another moderator than the one who acted).
 * `onDone` refreshes the page's lists and announces the decision.
 */
export function PendingAppeals({ onDone }: { onDone: (message: string) => Promise<void> }) {
  const { t } = useModerationTranslation();
  const headingId = useId();
  const { data, error, refetch } = useQuery(ModerationAppealsDocument, {
    variables: { first: 50 },
    fetchPolicy: 'cache-and-network',
  });

  async function handleDone(message: string) {
    await refetch().catch(() => undefined);
    await onDone(message);
  }

  return (
    <section className="appeals" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('appeals.title')}</h2>
      {!data ? (
        error ? (
          <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <LoadingStatus message={t('appeals.loading')} />
        )
      ) : data.moderationAppeals.length === 0 ? (
        <p>{t('appeals.empty')}</p>
      ) : (
        <ol className="queue-list">
          {data.moderationAppeals.map((appeal) => (
            <li key={appeal.id}>
              <AppealCard appeal={appeal} onDone={(message) => void handleDone(message)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function AppealCard({
  appeal,
  onDone,
}: {
  appeal: PendingAppeal;
  onDone: (message: string) => void;
}) {
  const { t } = useModerationTranslation();
  const language = useLanguage();
  const titleId = useId();
  const target = appeal.action.target as PlacedTarget | null;
  return (
    <article className="queue-item appeal-item" aria-labelledby={titleId}>
      <h3 id={titleId} className="queue-item__title">
        {t('appeals.itemTitle', { kind: t(`kind.${appeal.action.kind}`) })}
      </h3>
      <p className="queue-item__meta">
        {t('appeals.received', { date: formatDate(appeal.createdAt, language) })}
      </p>
      <p>
        <ContributionLink target={target} />
      </p>
      <h4>{t('appeals.text')}</h4>
      <blockquote className="queue-item__text" lang={contentLanguage}>
        {appeal.text}
      </blockquote>
      <h4>{t('appeals.decision')}</h4>
      <LogEntry action={appeal.action} headingLevel={4} />
      <AppealDecisionForm appeal={appeal} onDone={onDone} />
    </article>
  );
}

type AppealField = 'grant' | 'reason';

function AppealDecisionForm({
  appeal,
  onDone,
}: {
  appeal: PendingAppeal;
  onDone: (message: string) => void;
}) {
  const { t } = useModerationTranslation();
  const { t: tc } = useTranslation();
  const idPrefix = useId();
  const idFor = (field: AppealField) => `${idPrefix}-${field}`;
  const titleId = `${idPrefix}-title`;
  const [decide] = useMutation(DecideAppealDocument);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<AppealField>();
  const [busy, setBusy] = useState(false);
  const [grant, setGrant] = useState<boolean>();
  const grantError = errorFor('grant');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    const problems: FormError<AppealField>[] = [];
    if (grant === undefined) problems.push({ field: 'grant', message: t('appeals.grantRequired') });
    if (!reason) problems.push({ field: 'reason', message: t('appeals.reasonRequired') });
    else if ([...reason].length < reasonMinimum)
      problems.push({ field: 'reason', message: t('appeals.reasonTooShort') });
    if (problems.length > 0 || grant === undefined) {
      showErrors(problems);
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      await decide({ variables: { input: { appealId: appeal.id, grant, reason } } });
      onDone(t(grant ? 'appeals.doneGranted' : 'appeals.doneDenied'));
    } catch (failure) {
      setBusy(false);
      showErrors(
        errorCodes(failure).includes('FORBIDDEN')
          ? [{ message: t('appeals.forbidden') }]
          : formErrorsFrom(failure, {
              fields: { reason: 'reason', grant: 'grant' },
              networkMessage: tc('forms.networkError'),
            }),
      );
    }
  }

  return (
    <form
      className="form queue-decision"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
    >
      <h4 id={titleId}>{t('appeals.formTitle')}</h4>
      <ErrorSummary errors={errors} idFor={idFor} ref={summaryRef} headingLevel={4} />
      <fieldset
        className={grantError ? 'appeal-choices field--error' : 'appeal-choices'}
        aria-describedby={grantError ? `${idFor('grant')}-error` : undefined}
      >
        <legend className="field__label">{t('appeals.legend')}</legend>
        {grantError && (
          <p id={`${idFor('grant')}-error`} className="field__error" lang={grantError.lang}>
            {grantError.message}
          </p>
        )}
        {([true, false] as const).map((option, index) => {
          const id = index === 0 ? idFor('grant') : `${idFor('grant')}-deny`;
          const key = option ? 'grant' : 'deny';
          return (
            <div key={key} className="report-reason">
              <input
                type="radio"
                name="grant"
                id={id}
                value={key}
                checked={grant === option}
                onChange={() => setGrant(option)}
                aria-describedby={`${id}-hint`}
              />
              <label htmlFor={id}>{t(`appeals.${key}`)}</label>
              <p id={`${id}-hint`} className="report-reason__hint">
                {t(`appeals.${key}Hint`)}
              </p>
            </div>
          );
        })}
      </fieldset>
      <TextAreaField
        id={idFor('reason')}
        name="reason"
        label={t('appeals.reason')}
        hint={t('appeals.reasonHint')}
        rows={3}
        required
        error={errorFor('reason')}
      />
      <SubmitButton busy={busy} label={t('appeals.submit')} busyLabel={t('queue.sending')} />
    </form>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import {
  ModerateDocument,
  ModerationQueueDocument,
  type ModerationKind,
  type ModerationQueueQuery,
  type ReportReason,
} from '../../gql/moderation/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { TextAreaField } from '../../shared/forms/text-area-field';
import { TextField } from '../../shared/forms/text-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { formatDate } from '../../shared/format-date';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { StatusMessage } from '../../shared/ui/status-message';
import { loginPath, returnPathFrom } from '../identity/paths';
import { useViewer } from '../identity/use-viewer';
import { PendingAppeals } from './moderation-appeals';
import { LogEntry } from './moderation-log-page';
import { useModerationTranslation } from './moderation-translations';
import { ContributionLink, reportReasons, type PlacedTarget } from './moderation-ui';

type QueueItem = ModerationQueueQuery['moderationQueue'][number];
type Decision = Exclude<ModerationKind, 'REINSTATE'>;

/** `/moderation` — the moderators' queue: reported contributions, most severe and oldest first. */
export function ModerationQueuePage() {
  const { t } = useModerationTranslation();
  const { viewer } = useViewer();
  const location = useLocation();
  const moderator = Boolean(viewer?.roles.includes('MODERATOR'));
  const { data, error, refetch } = useQuery(ModerationQueueDocument, {
    variables: { first: 50 },
    skip: !moderator,
    fetchPolicy: 'cache-and-network',
  });
  const [confirmation, setConfirmation] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const title = t('queue.title');

  if (viewer === undefined) return <LoadingStatus message={t('queue.loading')} />;
  if (!moderator) {
    return (
      <div className="narrow">
        <PageTitle title={title} />
        <h1>{title}</h1>
        <p>{t('queue.forbidden')}</p>
        {!viewer && (
          <p>
            <Link to={loginPath(returnPathFrom(location))}>{t('queue.login')}</Link>
          </p>
        )}
      </div>
    );
  }

  async function handleDone(message: string) {
    await refetch().catch(() => undefined);
    setConfirmation(message);
    headingRef.current?.focus();
  }

  return (
    <div className="moderation-queue">
      <PageTitle title={title} />
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{t('queue.intro')}</p>
      <StatusMessage message={confirmation} />
      {!data ? (
        error ? (
          <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <LoadingStatus message={t('queue.loading')} />
        )
      ) : data.moderationQueue.length === 0 ? (
        <p>{t('queue.empty')}</p>
      ) : (
        <ol className="queue-list">
          {data.moderationQueue.map((item) => (
            <li key={item.target.id}>
              <QueueCard item={item} onDone={(message) => void handleDone(message)} />
            </li>
          ))}
        </ol>
      )}
      <PendingAppeals onDone={handleDone} />
    </div>
  );
}

function authorOf(target: QueueItem['target']) {
  return 'author' in target ? target.author : null;
}

/** The text of the contribution as moderators read it (even while hidden). */
function textOf(target: QueueItem['target']): string | null {
  switch (target.__typename) {
    case 'Argument':
      return target.body;
    case 'Source':
      return [target.title, target.url].filter(Boolean).join(' — ') || null;
    case 'Amendment':
      return [target.proposedText, target.rationale].filter(Boolean).join('\n\n') || null;
    case 'Proposal':
      return [target.title, target.body].filter(Boolean).join('\n\n') || null;
    default:
      return null;
  }
}

function QueueCard({ item, onDone }: { item: QueueItem; onDone: (message: string) => void }) {
  const { t } = useModerationTranslation();
  const language = useLanguage();
  const titleId = useId();
  const [decision, setDecision] = useState<Decision>();
  const buttons = useRef(new Map<Decision, HTMLButtonElement | null>());
  const author = authorOf(item.target);
  const text = textOf(item.target);
  const decisions: Decision[] = [
    item.hidden ? 'RESTORE' : 'HIDE',
    'DISMISS_REPORTS',
    ...(author ? (['SUSPEND'] as const) : []),
  ];
  const type = t(`type.${item.target.__typename as 'Argument'}`);

  function choose(next: Decision) {
    flushSync(() => setDecision(next));
    document.getElementById(`${titleId}-form`)?.focus();
  }

  function cancel() {
    const last = decision;
    flushSync(() => setDecision(undefined));
    if (last) buttons.current.get(last)?.focus();
  }

  return (
    <article className="queue-item" aria-labelledby={titleId}>
      <h2 id={titleId} className="queue-item__title">
        {type} — {t('queue.reports', { count: item.reportCount })}
      </h2>
      <p className="queue-item__meta">
        <span className={item.hidden ? 'queue-badge queue-badge--hidden' : 'queue-badge'}>
          {item.hidden ? t('queue.hiddenNow') : t('queue.visibleNow')}
        </span>{' '}
        {t('queue.firstReported', { date: formatDate(item.firstReportedAt, language) })}
        {' · '}
        {t('queue.by', { name: author?.displayName ?? t('queue.deletedAuthor') })}
      </p>
      <p>
        <ContributionLink target={item.target as PlacedTarget} />
      </p>
      {text && (
        <blockquote className="queue-item__text" lang={contentLanguage}>
          {text}
        </blockquote>
      )}
      <div className="queue-item__columns">
        <div>
          <h3>{t('queue.reasons')}</h3>
          <ul>
            {item.reasons.map((reason) => (
              <li key={reason}>{t(`reason.${reason}`)}</li>
            ))}
          </ul>
          <h3>{t('queue.details')}</h3>
          {item.details.length === 0 ? (
            <p>{t('queue.noDetails')}</p>
          ) : (
            <ul lang={contentLanguage}>
              {item.details.map((detail, index) => (
                <li key={`${index}-${detail}`}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t('queue.history')}</h3>
          {item.authorHistory.length === 0 ? (
            <p>{t('queue.noHistory')}</p>
          ) : (
            <ul className="queue-history">
              {item.authorHistory.map((action) => (
                <li key={action.id}>
                  <LogEntry action={action} headingLevel={4} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <h3>{t('queue.actions')}</h3>
      <div className="button-row">
        {decisions.map((option) => (
          <button
            key={option}
            ref={(element) => {
              buttons.current.set(option, element);
            }}
            type="button"
            className={
              option === 'HIDE' || option === 'SUSPEND'
                ? 'button button--danger button--small'
                : 'button button--secondary button--small'
            }
            aria-expanded={decision === option}
            aria-controls={decision === option ? `${titleId}-form` : undefined}
            onClick={() => choose(option)}
          >
            {t(`queue.action.${option}`)}
          </button>
        ))}
      </div>
      {decision && (
        <DecisionForm
          key={decision}
          id={`${titleId}-form`}
          decision={decision}
          item={item}
          participantId={author?.id}
          onCancel={cancel}
          onDone={() => onDone(t('queue.done', { action: t(`kind.${decision}`) }))}
        />
      )}
    </article>
  );
}

type DecisionField = 'category' | 'reason' | 'days';

interface DecisionFormProps {
  id: string;
  decision: Decision;
  item: QueueItem;
  participantId?: string;
  onCancel: () => void;
  onDone: () => void;
}

/** The statement of reasons every decision asks for: a category, a public text (and a length). */
function DecisionForm({ id, decision, item, participantId, onCancel, onDone }: DecisionFormProps) {
  const { t } = useModerationTranslation();
  const { t: tc } = useTranslation();
  const idPrefix = useId();
  const idFor = (field: DecisionField) => `${idPrefix}-${field}`;
  const [moderate] = useMutation(ModerateDocument);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } =
    useFormFeedback<DecisionField>();
  const [busy, setBusy] = useState(false);
  const action = t(`queue.action.${decision}`);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    const reasonCategory = String(values.get('category')) as ReportReason;
    const reason = String(values.get('reason') ?? '').trim();
    const days = Number(values.get('days') ?? 0);
    const problems: FormError<DecisionField>[] = [];
    if (!reason) problems.push({ field: 'reason', message: t('queue.reasonRequired') });
    if (decision === 'SUSPEND' && !(Number.isInteger(days) && days >= 1 && days <= 365))
      problems.push({ field: 'days', message: t('queue.daysInvalid') });
    if (problems.length > 0) {
      showErrors(problems);
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      await moderate({
        variables: {
          input:
            decision === 'SUSPEND'
              ? { action: decision, participantId, reasonCategory, reason, suspendDays: days }
              : { action: decision, contributionId: item.target.id, reasonCategory, reason },
        },
      });
      onDone();
    } catch (failure) {
      setBusy(false);
      showErrors(
        formErrorsFrom(failure, {
          fields: { reason: 'reason', reasonCategory: 'category', suspendDays: 'days' },
          networkMessage: tc('forms.networkError'),
        }),
      );
    }
  }

  return (
    <form
      id={id}
      tabIndex={-1}
      className="form queue-decision"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
    >
      <h4 id={`${id}-title`}>{t('queue.formTitle', { action })}</h4>
      <ErrorSummary errors={errors} idFor={idFor} ref={summaryRef} headingLevel={4} />
      <div className="field">
        <label className="field__label" htmlFor={idFor('category')}>
          {t('queue.category')}
        </label>
        <select
          id={idFor('category')}
          name="category"
          className="input"
          defaultValue={item.reasons[0] ?? 'OTHER'}
        >
          {reportReasons.map((reason) => (
            <option key={reason} value={reason}>
              {t(`reason.${reason}`)}
            </option>
          ))}
        </select>
      </div>
      <TextAreaField
        id={idFor('reason')}
        name="reason"
        label={t('queue.reason')}
        hint={t('queue.reasonHint')}
        rows={3}
        required
        error={errorFor('reason')}
      />
      {decision === 'SUSPEND' && (
        <TextField
          id={idFor('days')}
          name="days"
          label={t('queue.days')}
          hint={t('queue.daysHint')}
          inputMode="numeric"
          defaultValue="7"
          required
          error={errorFor('days')}
        />
      )}
      <div className="button-row">
        <SubmitButton
          busy={busy}
          label={t(`queue.confirm.${decision}`)}
          busyLabel={t('queue.sending')}
          variant={decision === 'HIDE' || decision === 'SUSPEND' ? 'danger' : 'primary'}
        />
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('queue.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ReportContributionDocument, type ReportReason } from '../../gql/moderation/graphql';
import { useLanguage } from '../../i18n/use-language';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { TextAreaField } from '../../shared/forms/text-area-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { formatDate } from '../../shared/format-date';
import { StatusMessage } from '../../shared/ui/status-message';
import { useModerationTranslation } from './moderation-translations';
import { reportReasons } from './moderation-ui';
import { contributionAppealPath, moderationLogPath } from './paths';

/** What any reportable contribution (argument, source, amendment, proposal) tells moderation. */
export interface ModeratedContribution {
  id: string;
  author?: { id: string } | null;
  moderation?: {
    hidden: boolean;
    reason?: string | null;
    reasonCategory?: string | null;
    hiddenAt?: string | null;
  } | null;
}

export interface ModerationViewer {
  id: string;
  roles: readonly string[];
}

interface ContributionProps {
  contribution: ModeratedContribution;
  viewer: ModerationViewer | null | undefined;
}

const detailsLimit = 1_000;

/**
 * In place of a hidden contribution: « Masqué par la modération — motif : … », its date and the
 * public log. Its author and the moderators, who still read the text, are told it is hidden (and
 * the author may appeal). Nothing when the contribution is not hidden.
 */
export function ModerationNotice({ contribution, viewer }: ContributionProps) {
  const { t } = useModerationTranslation();
  const language = useLanguage();
  const { slug } = useParams();
  const moderation = contribution.moderation;
  if (!moderation?.hidden) return null;
  const own = Boolean(viewer && contribution.author?.id === viewer.id);
  const seesText = own || Boolean(viewer?.roles.includes('MODERATOR'));
  const category = moderation.reasonCategory
    ? t(`reason.${moderation.reasonCategory as ReportReason}`)
    : '—';
  return (
    <div className={seesText ? 'tombstone tombstone--visible' : 'tombstone'}>
      <p className="tombstone__title">
        {seesText ? t('tombstone.visibleToYou', { category }) : t('tombstone.hidden', { category })}
      </p>
      {moderation.reason && (
        <p className="tombstone__reason" lang="fr">
          {t('tombstone.reason', { reason: moderation.reason })}
        </p>
      )}
      <p className="tombstone__meta">
        {moderation.hiddenAt &&
          `${t('tombstone.date', { date: formatDate(moderation.hiddenAt, language) })} `}
        {slug && <Link to={moderationLogPath(slug)}>{t('tombstone.log')}</Link>}
        {slug && own && (
          <>
            {' · '}
            <Link to={contributionAppealPath(slug, contribution.id)}>{t('tombstone.appeal')}</Link>
          </>
        )}
      </p>
    </div>
  );
}

/**
 * « Signaler »: a button that opens a modal dialog (reason, details) for logged-in people who
 * are not its author. The dialog gives the focus back to the button and the result is announced.
 */
export function ReportAction({ contribution, viewer }: ContributionProps) {
  const { t } = useModerationTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const [confirmation, setConfirmation] = useState<string>();
  const titleId = useId();
  if (!viewer || contribution.author?.id === viewer.id || contribution.moderation?.hidden)
    return null;

  function openDialog() {
    flushSync(() => setOpen(true));
    dialogRef.current?.showModal();
  }

  function closeDialog(done?: boolean) {
    dialogRef.current?.close();
    setOpen(false);
    if (!done) {
      buttonRef.current?.focus();
      return;
    }
    // The button gives way to « Vous avez signalé… », which takes the focus it had.
    flushSync(() => setSent(true));
    doneRef.current?.focus();
    setConfirmation(t('report.sent'));
  }

  return (
    <div className="report-action">
      {sent ? (
        <p ref={doneRef} tabIndex={-1} className="report-action__done">
          {t('report.done')}
        </p>
      ) : (
        <button
          ref={buttonRef}
          type="button"
          className="button button--secondary button--small"
          aria-haspopup="dialog"
          onClick={openDialog}
        >
          {t('report.button')}
          <span className="visually-hidden"> {t('report.buttonContext')}</span>
        </button>
      )}
      <StatusMessage message={confirmation} />
      <dialog
        ref={dialogRef}
        className="report-dialog"
        aria-labelledby={titleId}
        onClose={() => {
          if (open) closeDialog();
        }}
      >
        {open && (
          <ReportForm
            titleId={titleId}
            contributionId={contribution.id}
            onDone={() => closeDialog(true)}
            onCancel={() => closeDialog()}
          />
        )}
      </dialog>
    </div>
  );
}

type ReportField = 'reason' | 'details';

interface ReportFormProps {
  titleId: string;
  contributionId: string;
  onDone: () => void;
  onCancel: () => void;
}

function ReportForm({ titleId, contributionId, onDone, onCancel }: ReportFormProps) {
  const { t } = useModerationTranslation();
  const { t: tc } = useTranslation();
  const idPrefix = useId();
  const idFor = (field: ReportField) => `${idPrefix}-${field}`;
  const [report] = useMutation(ReportContributionDocument);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<ReportField>();
  const [reason, setReason] = useState<ReportReason>();
  const [busy, setBusy] = useState(false);
  const reasonError = errorFor('reason');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const details = String(new FormData(event.currentTarget).get('details') ?? '').trim();
    const problems: FormError<ReportField>[] = [];
    if (!reason) problems.push({ field: 'reason', message: t('report.reasonRequired') });
    if (reason === 'OTHER' && !details)
      problems.push({ field: 'details', message: t('report.detailsRequired') });
    if ([...details].length > detailsLimit)
      problems.push({ field: 'details', message: t('report.detailsTooLong') });
    if (problems.length > 0 || !reason) {
      showErrors(problems);
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      await report({
        variables: { input: { contributionId, reason, details: details || undefined } },
      });
      onDone();
    } catch (failure) {
      setBusy(false);
      showErrors(
        formErrorsFrom(failure, {
          fields: { details: 'details', reason: 'reason' },
          networkMessage: tc('forms.networkError'),
        }),
      );
    }
  }

  return (
    <form className="form report-dialog__form" noValidate onSubmit={(e) => void handleSubmit(e)}>
      <h2 id={titleId}>{t('report.title')}</h2>
      <p>{t('report.intro')}</p>
      <ErrorSummary errors={errors} idFor={idFor} ref={summaryRef} headingLevel={3} />
      <fieldset
        className={reasonError ? 'report-reasons field--error' : 'report-reasons'}
        aria-describedby={reasonError ? `${idFor('reason')}-error` : undefined}
      >
        <legend className="field__label">{t('report.legend')}</legend>
        {reasonError && (
          <p id={`${idFor('reason')}-error`} className="field__error" lang={reasonError.lang}>
            {reasonError.message}
          </p>
        )}
        {reportReasons.map((option, index) => (
          <div key={option} className="report-reason">
            <input
              type="radio"
              name="reason"
              id={index === 0 ? idFor('reason') : `${idFor('reason')}-${option}`}
              value={option}
              checked={reason === option}
              onChange={() => setReason(option)}
              aria-describedby={`${idFor('reason')}-${option}-hint`}
            />
            <label htmlFor={index === 0 ? idFor('reason') : `${idFor('reason')}-${option}`}>
              {t(`reason.${option}`)}
            </label>
            <p id={`${idFor('reason')}-${option}-hint`} className="report-reason__hint">
              {t(`reasonHint.${option}`)}
            </p>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        id={idFor('details')}
        name="details"
        label={t('report.details')}
        hint={t('report.detailsHint')}
        rows={3}
        required={reason === 'OTHER'}
        error={errorFor('details')}
      />
      <div className="button-row">
        <SubmitButton busy={busy} label={t('report.submit')} busyLabel={t('report.submitting')} />
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('report.cancel')}
        </button>
      </div>
    </form>
  );
}

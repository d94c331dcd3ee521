import { joinLines, lineMapping, normalizeText, splitLines, validateRange } from '@amendo/text';
import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import {
  EditAmendmentDocument,
  ReproposeAmendmentDocument,
  WithdrawAmendmentDocument,
  type AmendmentDetailFragment,
} from '../../gql/amendments/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { TextAreaField } from '../../shared/forms/text-area-field';
import { TextField } from '../../shared/forms/text-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { StatusMessage } from '../../shared/ui/status-message';
import { focusOnMount } from '../plan-admin/focus-on-mount';
import { amendmentLimits, characterCount } from './amendment-kind';
import { linesInWords } from './amendment-revisions';
import { amendmentPath } from './paths';

type Amendment = AmendmentDetailFragment;
type Translate = TFunction<'amendments'>;

export interface AmendmentAuthorActionsProps {
  amendment: Amendment;
  /** False when the consultation no longer takes amendments: nothing can be changed. */
  open: boolean;
}

/**
 * What the author can do: edit while no one has voted, withdraw (after a confirmation), and
 * re-propose an outdated amendment on the text in force, in one step.
 */
export function AmendmentAuthorActions({ amendment, open }: AmendmentAuthorActionsProps) {
  const { t } = useTranslation('amendments');
  const [message, setMessage] = useState<string>();
  // After a withdrawal the buttons are gone: the section's heading keeps the reader's place.
  function handleWithdrawn(next: string) {
    setMessage(next);
    requestAnimationFrame(() => document.getElementById('actions-auteur')?.focus());
  }

  let actions;
  if (!open && (amendment.status === 'OPEN' || amendment.status === 'OUTDATED')) {
    actions = <p>{t('amendments.actions.closed')}</p>;
  } else if (amendment.status === 'OPEN') {
    actions = (
      <>
        {amendment.votes.total === 0 ? (
          <EditAmendment amendment={amendment} onSaved={setMessage} />
        ) : (
          <p>{t('amendments.actions.cannotEdit', { count: amendment.votes.total })}</p>
        )}
        <WithdrawAmendment amendment={amendment} onWithdrawn={handleWithdrawn} />
      </>
    );
  } else if (amendment.status === 'OUTDATED' && !amendment.reproposedAs) {
    actions = <ReproposeAmendment amendment={amendment} />;
  } else {
    actions = <p>{t('amendments.actions.none')}</p>;
  }

  return (
    <section aria-labelledby="actions-auteur" className="author-actions">
      <h2 id="actions-auteur" tabIndex={-1}>
        {t('amendments.actions.title')}
      </h2>
      <StatusMessage message={message} />
      {actions}
    </section>
  );
}

type EditField = 'text' | 'rationale';

function checkWords(
  t: Translate,
  amendment: Amendment,
  proposedText: string,
  rationale: string,
): FormError<EditField>[] {
  const found: FormError<EditField>[] = [];
  const normalized = normalizeText(proposedText);
  if (amendment.kind === 'INSERTION' && normalized.trim() === '') {
    found.push({ field: 'text', message: t('amendments.form.errors.insertEmpty') });
  } else if (amendment.kind === 'REPLACEMENT' && normalized.trim() === '') {
    found.push({ field: 'text', message: t('amendments.form.errors.replaceEmpty') });
  }
  if (characterCount(normalized) > amendmentLimits.proposedText) {
    found.push({
      field: 'text',
      message: t('amendments.form.errors.textTooLong', {
        max: amendmentLimits.proposedText.toLocaleString('fr-FR'),
        count: characterCount(normalized),
      }),
    });
  }
  const reasons = rationale.trim();
  if (reasons === '') {
    found.push({ field: 'rationale', message: t('amendments.form.errors.rationaleEmpty') });
  } else if (characterCount(reasons) > amendmentLimits.rationale) {
    found.push({
      field: 'rationale',
      message: t('amendments.form.errors.rationaleTooLong', {
        max: amendmentLimits.rationale.toLocaleString('fr-FR'),
        count: characterCount(reasons),
      }),
    });
  }
  return found;
}

function EditAmendment({
  amendment,
  onSaved,
}: {
  amendment: Amendment;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation('amendments');
  const { t: tc } = useTranslation();
  const id = useId();
  const ids: Record<EditField, string> = { text: `${id}-text`, rationale: `${id}-rationale` };
  const [editing, setEditing] = useState(false);
  const [proposedText, setProposedText] = useState(amendment.proposedText ?? '');
  const [rationale, setRationale] = useState(amendment.rationale ?? '');
  const [busy, setBusy] = useState(false);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<EditField>();
  const [edit] = useMutation(EditAmendmentDocument);
  const openButton = useRef<HTMLButtonElement>(null);
  const isDeletion = amendment.kind === 'DELETION';

  function close() {
    setEditing(false);
    clearErrors();
    // The button comes back once the form is gone; give it the focus then.
    requestAnimationFrame(() => openButton.current?.focus());
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkWords(t, amendment, isDeletion ? '' : proposedText, rationale);
    if (found.length > 0) {
      showErrors(found);
      return;
    }
    const text = isDeletion ? '' : normalizeText(proposedText);
    const reasons = rationale.trim();
    const changes = {
      ...(text !== (amendment.proposedText ?? '') ? { proposedText: text } : {}),
      ...(reasons !== (amendment.rationale ?? '') ? { rationale: reasons } : {}),
    };
    if (Object.keys(changes).length === 0) {
      showErrors([{ message: t('amendments.actions.nothingChanged') }]);
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      await edit({
        variables: { input: { amendmentId: amendment.id, ...changes } },
        refetchQueries: ['ArticleAmendments'],
      });
      setBusy(false);
      onSaved(t('amendments.actions.saved'));
      close();
    } catch (error) {
      setBusy(false);
      showErrors(
        formErrorsFrom(error, {
          fields: { proposedText: 'text', rationale: 'rationale' },
          networkMessage: tc('forms.networkError'),
        }),
      );
    }
  }

  if (!editing) {
    return (
      <div className="author-actions__item">
        <p>{t('amendments.actions.editIntro')}</p>
        <button
          ref={openButton}
          type="button"
          className="button button--secondary"
          onClick={() => setEditing(true)}
        >
          {t('amendments.actions.edit')}
        </button>
      </div>
    );
  }

  return (
    <div className="inline-form author-actions__item">
      <h3 tabIndex={-1} ref={focusOnMount}>
        {t('amendments.actions.editTitle')}
      </h3>
      <ErrorSummary
        errors={errors}
        idFor={(field) => ids[field]}
        ref={summaryRef}
        headingLevel={4}
      />
      <form className="form form--wide" noValidate onSubmit={(event) => void handleSubmit(event)}>
        {!isDeletion && (
          <TextAreaField
            id={ids.text}
            name="proposedText"
            label={t('amendments.actions.textLabel')}
            hint={t('amendments.form.textInsertHint')}
            value={proposedText}
            onChange={(event) => setProposedText(event.target.value)}
            rows={Math.min(Math.max(splitLines(proposedText).length + 1, 4), 20)}
            required
            code
            lang={contentLanguage}
            error={errorFor('text')}
          />
        )}
        <TextAreaField
          id={ids.rationale}
          name="rationale"
          label={t('amendments.form.rationale')}
          hint={t('amendments.form.rationaleHint')}
          value={rationale}
          onChange={(event) => setRationale(event.target.value)}
          rows={4}
          required
          lang={contentLanguage}
          error={errorFor('rationale')}
        />
        <p className="field__hint">{t('amendments.actions.editPublic')}</p>
        <div className="button-row">
          <SubmitButton
            busy={busy}
            label={t('amendments.actions.save')}
            busyLabel={t('amendments.actions.saving')}
          />
          <button type="button" className="button button--secondary" onClick={close}>
            {t('amendments.form.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

function WithdrawAmendment({
  amendment,
  onWithdrawn,
}: {
  amendment: Amendment;
  onWithdrawn: (message: string) => void;
}) {
  const { t } = useTranslation('amendments');
  const { t: tc } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormError>();
  const [withdraw] = useMutation(WithdrawAmendmentDocument);
  const startButton = useRef<HTMLButtonElement>(null);

  async function handleConfirm() {
    setBusy(true);
    setProblem(undefined);
    try {
      await withdraw({
        variables: { id: amendment.id },
        refetchQueries: ['ArticleAmendments'],
      });
      onWithdrawn(t('amendments.actions.withdrawn'));
    } catch (error) {
      setBusy(false);
      setProblem(formErrorsFrom(error, { networkMessage: tc('forms.networkError') })[0]);
    }
  }

  function handleCancel() {
    setConfirming(false);
    requestAnimationFrame(() => startButton.current?.focus());
  }

  if (!confirming) {
    return (
      <div className="author-actions__item">
        <p>{t('amendments.actions.withdrawIntro')}</p>
        <button
          ref={startButton}
          type="button"
          className="button button--secondary"
          onClick={() => setConfirming(true)}
        >
          {t('amendments.actions.withdraw')}
        </button>
      </div>
    );
  }

  return (
    <div className="confirm-box author-actions__item" role="group" aria-labelledby="retrait-titre">
      <h3 id="retrait-titre" tabIndex={-1} ref={focusOnMount}>
        {t('amendments.actions.withdrawConfirmTitle')}
      </h3>
      <p>{t('amendments.actions.withdrawConfirmBody')}</p>
      {problem && (
        <p role="alert" className="field__error" lang={problem.lang}>
          {problem.message}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          aria-busy={busy}
          onClick={() => void handleConfirm()}
        >
          {busy ? t('amendments.actions.withdrawing') : t('amendments.actions.withdrawConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={handleCancel}>
          {t('amendments.form.cancel')}
        </button>
      </div>
    </div>
  );
}

/**
 * Where an outdated amendment goes on the text in force: from the place of its first line to the
 * place of its last one, where a line that changed stands for the lines between the unchanged
 * lines around it; an insertion (or lines now gone) goes after the last unchanged line before it.
 */
export function suggestedRange(
  amendment: Amendment,
  currentText: string,
): { lineStart: number; lineEnd: number } {
  const baseText = joinLines(amendment.baseVersion.lines.map((line) => line.text));
  const mapping = lineMapping(baseText, currentText);
  const newCount = splitLines(currentText).length;
  const place = (line: number): number | null => mapping[line - 1] ?? null;
  // The new place of the nearest unchanged line at or before / at or after an old line.
  const before = (line: number): number => {
    for (let old = line; old >= 1; old -= 1) {
      const mapped = place(old);
      if (mapped !== null) return mapped;
    }
    return 0;
  };
  const after = (line: number): number => {
    for (let old = line; old <= mapping.length; old += 1) {
      const mapped = place(old);
      if (mapped !== null) return mapped;
    }
    return newCount + 1;
  };
  const { lineStart, lineEnd } = amendment;
  const start =
    lineEnd < lineStart
      ? before(lineStart - 1) + 1
      : (place(lineStart) ?? before(lineStart - 1) + 1);
  if (lineEnd < lineStart) return { lineStart: start, lineEnd: start - 1 };
  const end = place(lineEnd) ?? after(lineEnd + 1) - 1;
  return { lineStart: start, lineEnd: Math.max(end, start - 1) };
}

type ReproposeField = 'lineStart' | 'lineEnd' | 'text' | 'rationale';

function ReproposeAmendment({ amendment }: { amendment: Amendment }) {
  const { t } = useTranslation('amendments');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const ids: Record<ReproposeField, string> = {
    lineStart: `${id}-start`,
    lineEnd: `${id}-end`,
    text: `${id}-text`,
    rationale: `${id}-rationale`,
  };
  const current = amendment.article.currentVersion;
  const currentLines = splitLines(current.text);
  const [suggestion] = useState(() => suggestedRange(amendment, current.text));
  const [lineStart, setLineStart] = useState(String(suggestion.lineStart));
  const [lineEnd, setLineEnd] = useState(String(suggestion.lineEnd));
  const [proposedText, setProposedText] = useState(amendment.proposedText ?? '');
  const [rationale, setRationale] = useState(amendment.rationale ?? '');
  const [busy, setBusy] = useState(false);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } =
    useFormFeedback<ReproposeField>();
  const [repropose] = useMutation(ReproposeAmendmentDocument);

  const start = Number(lineStart);
  const end = Number(lineEnd);
  const rangeOk = validateRange(currentLines.length, { lineStart: start, lineEnd: end }).ok;
  const targeted = rangeOk ? currentLines.slice(start - 1, end) : [];

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FormError<ReproposeField>[] = [];
    const range = validateRange(currentLines.length, { lineStart: start, lineEnd: end });
    if (lineStart.trim() === '' || lineEnd.trim() === '' || !range.ok) {
      found.push({
        field: 'lineStart',
        message: range.ok ? t('amendments.repropose.linesRequired') : range.message,
        lang: range.ok ? undefined : 'fr',
      });
    }
    const kind =
      end === start - 1 ? 'INSERTION' : proposedText.trim() === '' ? 'DELETION' : 'REPLACEMENT';
    found.push(...checkWords(t, { ...amendment, kind }, proposedText, rationale));
    if (found.length > 0) {
      showErrors(found);
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      const { data } = await repropose({
        variables: {
          input: {
            amendmentId: amendment.id,
            versionNumber: current.number,
            lineStart: start,
            lineEnd: end,
            proposedText: normalizeText(proposedText),
            rationale: rationale.trim(),
          },
        },
        refetchQueries: ['ArticleAmendments', 'AmendmentPage'],
      });
      const next = data?.reproposeAmendment;
      if (next) {
        void navigate(
          amendmentPath(amendment.article.consultation.slug, amendment.article.id, next.id),
          { state: { reproposed: true } },
        );
      }
    } catch (error) {
      setBusy(false);
      showErrors(
        formErrorsFrom(error, {
          fields: {
            lineStart: 'lineStart',
            lineEnd: 'lineEnd',
            proposedText: 'text',
            rationale: 'rationale',
            versionNumber: 'lineStart',
          },
          networkMessage: tc('forms.networkError'),
        }),
      );
    }
  }

  return (
    <div className="author-actions__item">
      <h3>{t('amendments.repropose.title')}</h3>
      <p>{t('amendments.repropose.intro', { number: current.number })}</p>
      <ErrorSummary
        errors={errors}
        idFor={(field) => ids[field]}
        ref={summaryRef}
        headingLevel={4}
      />
      <form className="form form--wide" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <fieldset className="choices">
          <legend className="field__label">
            {t('amendments.repropose.linesLegend', { number: current.number })}
          </legend>
          <p className="field__hint">{t('amendments.repropose.linesHint')}</p>
          <div className="form__row">
            <TextField
              id={ids.lineStart}
              name="lineStart"
              label={t('amendments.repropose.lineStart')}
              inputMode="numeric"
              value={lineStart}
              onChange={(event) => setLineStart(event.target.value)}
              error={errorFor('lineStart')}
            />
            <TextField
              id={ids.lineEnd}
              name="lineEnd"
              label={t('amendments.repropose.lineEnd')}
              inputMode="numeric"
              value={lineEnd}
              onChange={(event) => setLineEnd(event.target.value)}
              error={errorFor('lineEnd')}
            />
          </div>
          <p className="repropose__targeted">
            {rangeOk
              ? targeted.length === 0
                ? t('amendments.repropose.insertionAt', {
                    where: linesInWords(t, start, end),
                  })
                : t('amendments.repropose.targeted', { where: linesInWords(t, start, end) })
              : t('amendments.repropose.invalidLines')}
          </p>
          {targeted.length > 0 && (
            <blockquote className="repropose__lines" lang={contentLanguage}>
              {joinLines(targeted)}
            </blockquote>
          )}
        </fieldset>
        <TextAreaField
          id={ids.text}
          name="proposedText"
          label={t('amendments.repropose.textLabel')}
          hint={t('amendments.repropose.textHint')}
          value={proposedText}
          onChange={(event) => setProposedText(event.target.value)}
          rows={Math.min(Math.max(splitLines(proposedText).length + 1, 4), 20)}
          code
          lang={contentLanguage}
          error={errorFor('text')}
        />
        <TextAreaField
          id={ids.rationale}
          name="rationale"
          label={t('amendments.form.rationale')}
          value={rationale}
          onChange={(event) => setRationale(event.target.value)}
          rows={4}
          required
          lang={contentLanguage}
          error={errorFor('rationale')}
        />
        <SubmitButton
          busy={busy}
          label={t('amendments.repropose.submit')}
          busyLabel={t('amendments.repropose.submitting')}
        />
      </form>
    </div>
  );
}

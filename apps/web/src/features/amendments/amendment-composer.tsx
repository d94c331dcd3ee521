import './amendment-translations';

import { applyReplacement, diffTexts, joinLines, normalizeText, splitLines } from '@amendo/text';
import { useMutation } from '@apollo/client/react';
import { useDeferredValue, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import {
  ProposeAmendmentDocument,
  type AmendmentSummaryFragment,
} from '../../gql/amendments/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { TextAreaField } from '../../shared/forms/text-area-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { CheckIcon } from '../../shared/ui/icons';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { DiffView } from '../consultations/diff-view';
import type { LineRange } from '../consultations/line-range';
import { loginPath, returnPathFrom } from '../identity/paths';
import { useViewer } from '../identity/use-viewer';
import { focusOnMount } from '../plan-admin/focus-on-mount';
import { SimilarContributionsSlot } from '../search/similar-contributions-slot';
import {
  amendmentChoices,
  amendmentLimits,
  amendmentRange,
  characterCount,
  isInsertChoice,
  type AmendmentChoice,
} from './amendment-kind';
import { amendmentPath, composerTitleId } from './paths';

export interface AmendmentComposerProps {
  articleId: string;
  slug: string;
  articleNumber: number;
  /** The version shown, which must be the current one (the API checks it again). */
  versionNumber: number;
  lines: readonly { number: number; text: string }[];
  /** The lines selected when the form was opened. */
  range: LineRange;
  onClose: () => void;
}

/**
 * « Proposer une modification » of the selected lines, in the page (no dialog): what to do with
 * them, the new wording (the current one pre-filled), the « Exposé des motifs », and a live
 * preview of the text with the change. Visitors are offered to log in first.
 */
export function AmendmentComposer(props: AmendmentComposerProps) {
  const { t } = useTranslation('amendments');
  const { t: tc } = useTranslation();
  const location = useLocation();
  const { viewer } = useViewer();
  const [proposed, setProposed] = useState<AmendmentSummaryFragment | null>(null);
  const { range, onClose } = props;
  const count = range.end - range.start + 1;

  let content;
  if (proposed) {
    content = (
      <div className="success-box" tabIndex={-1} ref={focusOnMount}>
        <p className="success-message" role="status">
          <CheckIcon />
          <span>{t('amendments.form.published')}</span>
        </p>
        <p>{t('amendments.form.publishedNext')}</p>
        <div className="button-row">
          <Link className="button" to={amendmentPath(props.slug, props.articleId, proposed.id)}>
            {t('amendments.form.seeProposed')}
          </Link>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('amendments.form.close')}
          </button>
        </div>
      </div>
    );
  } else if (viewer === undefined) {
    content = <LoadingStatus message={tc('status.loading')} />;
  } else if (viewer === null) {
    content = (
      <>
        <p>{t('amendments.form.loginNeeded')}</p>
        <div className="button-row">
          <Link className="button" to={loginPath(returnPathFrom(location))}>
            {tc('auth.login')}
          </Link>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('amendments.form.cancel')}
          </button>
        </div>
      </>
    );
  } else {
    content = <ComposerForm {...props} onProposed={setProposed} />;
  }

  return (
    <section className="composer" aria-labelledby={composerTitleId}>
      <h3 id={composerTitleId} className="composer__title" tabIndex={-1} ref={focusOnMount}>
        {t('amendments.form.title', { count, start: range.start, end: range.end })}
      </h3>
      {content}
    </section>
  );
}

type Field = 'choice' | 'text' | 'rationale';

interface ComposerFormProps extends AmendmentComposerProps {
  onProposed: (amendment: AmendmentSummaryFragment) => void;
}

function ComposerForm({
  articleId,
  versionNumber,
  lines,
  range,
  onClose,
  onProposed,
}: ComposerFormProps) {
  const { t } = useTranslation('amendments');
  const { t: tc } = useTranslation();
  const id = useId();
  const ids: Record<Field, string> = {
    choice: `${id}-choice`,
    text: `${id}-text`,
    rationale: `${id}-rationale`,
  };
  const text = useMemo(() => joinLines(lines.map((line) => line.text)), [lines]);
  const original = useMemo(
    () => joinLines(lines.slice(range.start - 1, range.end).map((line) => line.text)),
    [lines, range],
  );
  const [choice, setChoice] = useState<AmendmentChoice>('replace');
  // Each choice keeps its own text: going from « Remplacer » to « Insérer » and back loses nothing.
  const [replaceText, setReplaceText] = useState(original);
  const [insertText, setInsertText] = useState('');
  const [rationale, setRationale] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<Field>();
  const [propose] = useMutation(ProposeAmendmentDocument);

  const count = range.end - range.start + 1;
  const lineValues = { count, start: range.start, end: range.end };
  const proposedText = choice === 'delete' ? '' : isInsertChoice(choice) ? insertText : replaceText;

  // The preview follows the typing without slowing it: it is computed from deferred copies.
  const deferredText = useDeferredValue(proposedText);
  const deferredChoice = useDeferredValue(choice);
  const preview = useMemo(() => {
    try {
      const changed = applyReplacement(text, {
        ...amendmentRange(deferredChoice, range),
        proposedText: normalizeText(deferredText),
      });
      return { hunks: diffTexts(text, changed), newLines: splitLines(changed) };
    } catch {
      return { hunks: [], newLines: splitLines(text) };
    }
  }, [text, range, deferredChoice, deferredText]);

  function choiceLabel(option: AmendmentChoice): string {
    switch (option) {
      case 'replace':
        return t('amendments.form.choice.replace', lineValues);
      case 'delete':
        return t('amendments.form.choice.delete', lineValues);
      case 'insertBefore':
        return t('amendments.form.choice.insertBefore', { line: range.start });
      case 'insertAfter':
        return t('amendments.form.choice.insertAfter', { line: range.end });
    }
  }

  function problems(): FormError<Field>[] {
    const found: FormError<Field>[] = [];
    const normalized = normalizeText(proposedText);
    if (choice === 'replace') {
      if (normalized.trim() === '') {
        found.push({ field: 'text', message: t('amendments.form.errors.replaceEmpty') });
      } else if (normalized === original) {
        found.push({ field: 'text', message: t('amendments.form.errors.identical') });
      }
    }
    if (isInsertChoice(choice) && normalized.trim() === '') {
      found.push({ field: 'text', message: t('amendments.form.errors.insertEmpty') });
    }
    const length = characterCount(normalized);
    if (length > amendmentLimits.proposedText) {
      found.push({
        field: 'text',
        message: t('amendments.form.errors.textTooLong', {
          max: amendmentLimits.proposedText.toLocaleString('fr-FR'),
          count: length,
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

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = problems();
    if (found.length > 0) {
      showErrors(found);
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      const { data } = await propose({
        variables: {
          input: {
            articleId,
            versionNumber,
            ...amendmentRange(choice, range),
            proposedText: normalizeText(proposedText),
            rationale: rationale.trim(),
          },
        },
        refetchQueries: ['ArticleAmendments'],
      });
      if (data) onProposed(data.proposeAmendment);
    } catch (error) {
      setBusy(false);
      showErrors(
        formErrorsFrom(error, {
          fields: {
            proposedText: 'text',
            rationale: 'rationale',
            lineStart: 'choice',
            lineEnd: 'choice',
          },
          networkMessage: tc('forms.networkError'),
        }),
      );
    }
  }

  const choiceError = errorFor('choice');
  return (
    <>
      <ErrorSummary
        errors={errors}
        idFor={(field) => ids[field]}
        ref={summaryRef}
        headingLevel={4}
      />
      <form className="form form--wide" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <p className="form__required">{tc('forms.allRequired')}</p>
        <fieldset
          className={choiceError ? 'choices field--error' : 'choices'}
          aria-describedby={choiceError ? `${ids.choice}-error` : undefined}
        >
          <legend className="field__label">{t('amendments.form.choiceLegend')}</legend>
          {choiceError && (
            <p id={`${ids.choice}-error`} className="field__error" lang={choiceError.lang}>
              {choiceError.message}
            </p>
          )}
          {amendmentChoices.map((option, index) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name={ids.choice}
                id={index === 0 ? ids.choice : undefined}
                value={option}
                checked={choice === option}
                onChange={() => setChoice(option)}
              />
              <span>{choiceLabel(option)}</span>
            </label>
          ))}
        </fieldset>

        {choice === 'delete' ? (
          <p className="composer__note">{t('amendments.form.deleteNote', lineValues)}</p>
        ) : (
          <TextAreaField
            id={ids.text}
            name="proposedText"
            label={
              choice === 'replace'
                ? t('amendments.form.textReplace', lineValues)
                : choice === 'insertBefore'
                  ? t('amendments.form.textInsertBefore', { line: range.start })
                  : t('amendments.form.textInsertAfter', { line: range.end })
            }
            hint={
              choice === 'replace'
                ? t('amendments.form.textReplaceHint')
                : t('amendments.form.textInsertHint')
            }
            value={proposedText}
            onChange={(event) =>
              choice === 'replace'
                ? setReplaceText(event.target.value)
                : setInsertText(event.target.value)
            }
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
          error={errorFor('rationale')}
        />
        <SimilarContributionsSlot
          kinds={['AMENDMENT']}
          articleId={articleId}
          text={`${proposedText === original ? '' : proposedText} ${rationale}`}
        />

        <section aria-labelledby={`${id}-preview`} className="preview composer__preview">
          <h4 id={`${id}-preview`}>{t('amendments.form.previewTitle')}</h4>
          <p className="field__hint">
            {t('amendments.form.previewHint', { number: versionNumber })}
          </p>
          {preview.hunks.length === 0 ? (
            <p className="diff-identical">
              {isInsertChoice(choice)
                ? t('amendments.form.previewEmptyInsert')
                : t('amendments.form.previewNone')}
            </p>
          ) : (
            <DiffView
              hunks={preview.hunks}
              newLines={preview.newLines}
              mode="inline"
              oldName={tc('versions.name', { number: versionNumber })}
              newName={t('amendments.form.previewNewName')}
              oldTitle={tc('versions.title', { number: versionNumber })}
              newTitle={t('amendments.form.previewNewName')}
            />
          )}
        </section>

        <div className="button-row">
          <SubmitButton
            busy={busy}
            label={t('amendments.form.submit')}
            busyLabel={t('amendments.form.submitting')}
          />
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('amendments.form.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}

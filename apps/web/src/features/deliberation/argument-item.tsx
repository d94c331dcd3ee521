import { useMutation } from '@apollo/client/react';
import { Fragment, useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Trans, useTranslation } from 'react-i18next';

import {
  EditArgumentDocument,
  MarkConvincingDocument,
  UnmarkConvincingDocument,
  type ArgumentFieldsFragment,
} from '../../gql/deliberation/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { formatDate } from '../../shared/format-date';
import { CheckIcon } from '../../shared/ui/icons';
import type { Viewer } from '../identity/use-viewer';
import { AuthorLink } from '../participants/author-link';
import { OfficialResponsesSlot } from '../responses/official-responses-slot';
import { ModerationNotice, ReportAction } from '../moderation/contribution-moderation';
import { WorkshopProvenance } from '../workshops/workshop-provenance';
import { ArgumentBodyField, useArgumentBodyCheck } from './argument-body-field';
import { formatTime } from './deliberation-ui';

/** The author may edit an argument this long after posting it, while no one found it convincing. */
const editWindowMs = 15 * 60_000;

export interface ArgumentItemProps {
  argument: ArgumentFieldsFragment;
  viewer: Viewer | null | undefined;
  /** Whether the phase still takes arguments (and "convincing" marks). */
  open: boolean;
  /** Whether the viewer marked it convincing (during this visit). */
  marked: boolean;
  onMarkedChange: (argumentId: string, marked: boolean) => void;
  announce: (message: string) => void;
}

/** One argument: its text, author and date, how many find it convincing, and what the viewer may do. */
export function ArgumentItem({
  argument,
  viewer,
  open,
  marked,
  onMarkedChange,
  announce,
}: ArgumentItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [markConvincing] = useMutation(MarkConvincingDocument);
  const [unmarkConvincing] = useMutation(UnmarkConvincingDocument);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormError>();
  const [editing, setEditing] = useState(false);
  // When the item was first shown: the edit window is judged against it (the API has the last word).
  const [shownAt] = useState(() => Date.now());
  const editButton = useRef<HTMLButtonElement>(null);
  const editId = useId();

  const own = Boolean(viewer && argument.author?.id === viewer.id);
  const editDeadline = new Date(argument.createdAt).getTime() + editWindowMs;
  const editable = own && open && argument.convincingCount === 0 && shownAt < editDeadline;

  async function handleToggle() {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const variables = { argumentId: argument.id };
      const result = marked
        ? (await unmarkConvincing({ variables })).data?.unmarkConvincing
        : (await markConvincing({ variables })).data?.markConvincing;
      onMarkedChange(argument.id, !marked);
      const count = result?.convincingCount ?? argument.convincingCount;
      announce(
        `${t(marked ? 'deliberation.arguments.unmarked' : 'deliberation.arguments.marked')} ${t(
          'deliberation.arguments.convincing',
          { count },
        )}`,
      );
    } catch (failure) {
      setProblem(formErrorsFrom(failure, { networkMessage: t('forms.networkError') })[0]);
    } finally {
      setBusy(false);
    }
  }

  function startEditing() {
    flushSync(() => setEditing(true));
    document.getElementById(editId)?.focus();
  }

  function stopEditing(message?: string) {
    flushSync(() => setEditing(false));
    editButton.current?.focus();
    if (message) announce(message);
  }

  return (
    <li className="argument">
      <ModerationNotice contribution={argument} viewer={viewer} />
      {editing ? (
        <EditArgumentForm
          id={editId}
          argument={argument}
          onDone={() => stopEditing(t('deliberation.arguments.saved'))}
          onCancel={() => stopEditing()}
        />
      ) : (
        <p className="argument__body" lang={argument.body === null ? undefined : contentLanguage}>
          {argument.body ?? <em>{t('deliberation.arguments.hidden')}</em>}
        </p>
      )}
      <p className="argument__meta">
        <Trans
          t={t}
          i18nKey="deliberation.arguments.by"
          values={{ date: formatDate(argument.createdAt, language) }}
          components={{
            author: (
              <AuthorLink author={argument.author} deletedLabel={t('deliberation.deletedAuthor')} />
            ),
          }}
        />
        {argument.updatedAt !== argument.createdAt && ` ${t('deliberation.arguments.edited')}`}
      </p>
      {argument.revisions.length > 1 && (
        <details className="argument__revisions">
          <summary>
            {t('deliberation.arguments.revisions', { count: argument.revisions.length })}
          </summary>
          <dl>
            {argument.revisions.map((revision) => (
              <Fragment key={revision.number}>
                <dt>
                  {t('deliberation.arguments.revision', {
                    number: revision.number,
                    date: formatDate(revision.createdAt, language),
                  })}
                </dt>
                <dd lang={contentLanguage}>{revision.body}</dd>
              </Fragment>
            ))}
          </dl>
        </details>
      )}
      <WorkshopProvenance workshop={argument.workshop} enteredBy={argument.author} />
      {argument.officialResponses.length > 0 && (
        <OfficialResponsesSlot targetId={argument.id} headingLevel={5} />
      )}
      <p className="argument__convincing">
        {t('deliberation.arguments.convincing', { count: argument.convincingCount })}
      </p>
      {viewer && open && !own && (
        <button
          type="button"
          className="toggle-button"
          aria-pressed={marked}
          aria-busy={busy}
          onClick={() => void handleToggle()}
        >
          <span className="toggle-button__box" aria-hidden="true">
            {marked && <CheckIcon />}
          </span>
          {t('deliberation.arguments.convincingButton')}
        </button>
      )}
      {own && (
        <p className="argument__own">
          {t('deliberation.arguments.yours')}{' '}
          {editable &&
            t('deliberation.arguments.editUntil', { time: formatTime(editDeadline, language) })}
        </p>
      )}
      {editable && !editing && (
        <button
          ref={editButton}
          type="button"
          className="button button--secondary button--small"
          onClick={startEditing}
        >
          {t('deliberation.arguments.edit')}
        </button>
      )}
      <ReportAction contribution={argument} viewer={viewer} />
      {problem && (
        <p role="alert" className="alert" lang={problem.lang}>
          {problem.message}
        </p>
      )}
    </li>
  );
}

interface EditArgumentFormProps {
  id: string;
  argument: ArgumentFieldsFragment;
  onDone: () => void;
  onCancel: () => void;
}

/** The author's edit of their argument's text, in place. */
function EditArgumentForm({ id, argument, onDone, onCancel }: EditArgumentFormProps) {
  const { t } = useTranslation();
  const check = useArgumentBodyCheck();
  const [editArgument] = useMutation(EditArgumentDocument);
  const [body, setBody] = useState(argument.body ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError>();

  // A problem is shown at the field, which takes focus so that it is read out with it.
  function showError(next: FormError) {
    flushSync(() => {
      setBusy(false);
      setError(next);
    });
    document.getElementById(id)?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = check(body);
    if (problem) {
      showError({ message: problem });
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await editArgument({ variables: { input: { argumentId: argument.id, body: body.trim() } } });
      onDone();
    } catch (failure) {
      showError(formErrorsFrom(failure, { networkMessage: t('forms.networkError') })[0]);
    }
  }

  return (
    <form className="argument__edit" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <ArgumentBodyField
        id={id}
        label={t('deliberation.arguments.editLabel')}
        value={body}
        onChange={setBody}
        error={error}
      />
      <div className="button-row">
        <SubmitButton
          busy={busy}
          label={t('deliberation.arguments.save')}
          busyLabel={t('deliberation.arguments.saving')}
        />
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('deliberation.arguments.cancel')}
        </button>
      </div>
    </form>
  );
}

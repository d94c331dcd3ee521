import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import {
  AdoptProposalDocument,
  EditProposalDocument,
  WithdrawProposalDocument,
  type ProposalDetailFragment,
} from '../../gql/proposals/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { TextAreaField } from '../../shared/forms/text-area-field';
import { TextField } from '../../shared/forms/text-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { StatusMessage } from '../../shared/ui/status-message';
import { amendmentLimits, characterCount } from '../amendments/amendment-kind';
import { articlePath } from '../consultations/paths';
import { focusOnMount } from '../plan-admin/focus-on-mount';
import { checkProposal, type ProposalField } from './proposal-checks';

type Proposal = ProposalDetailFragment;

/** The author's actions: edit while no one has voted, withdraw after a confirmation. */
export function ProposalAuthorActions({ proposal, open }: { proposal: Proposal; open: boolean }) {
  const { t } = useTranslation('proposals');
  const [message, setMessage] = useState<string>();
  // After a withdrawal the buttons are gone: the section's heading keeps the reader's place.
  function handleWithdrawn(next: string) {
    setMessage(next);
    requestAnimationFrame(() => document.getElementById('actions-auteur')?.focus());
  }

  let actions;
  if (proposal.status !== 'OPEN') {
    actions = <p>{t('proposals.actions.none')}</p>;
  } else if (!open) {
    actions = <p>{t('proposals.actions.closed')}</p>;
  } else {
    actions = (
      <>
        {proposal.votes.total === 0 ? (
          <EditProposal proposal={proposal} onSaved={setMessage} />
        ) : (
          <p>{t('proposals.actions.cannotEdit', { count: proposal.votes.total })}</p>
        )}
        <WithdrawProposal proposal={proposal} onWithdrawn={handleWithdrawn} />
      </>
    );
  }
  return (
    <section aria-labelledby="actions-auteur" className="author-actions">
      <h2 id="actions-auteur" tabIndex={-1}>
        {t('proposals.actions.title')}
      </h2>
      <StatusMessage message={message} />
      {actions}
    </section>
  );
}

function EditProposal({
  proposal,
  onSaved,
}: {
  proposal: Proposal;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation('proposals');
  const { t: tc } = useTranslation();
  const id = useId();
  const ids: Record<ProposalField, string> = {
    title: `${id}-title`,
    body: `${id}-body`,
    rationale: `${id}-rationale`,
  };
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(proposal.title ?? '');
  const [body, setBody] = useState(proposal.body ?? '');
  const [rationale, setRationale] = useState(proposal.rationale ?? '');
  const [busy, setBusy] = useState(false);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } =
    useFormFeedback<ProposalField>();
  const [edit] = useMutation(EditProposalDocument);
  const openButton = useRef<HTMLButtonElement>(null);

  function close() {
    setEditing(false);
    clearErrors();
    requestAnimationFrame(() => openButton.current?.focus());
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkProposal(t, { title, body, rationale });
    if (found.length > 0) {
      showErrors(found);
      return;
    }
    const changes = {
      ...(title.trim() !== proposal.title ? { title: title.trim() } : {}),
      ...(body !== proposal.body ? { body } : {}),
      ...(rationale.trim() !== proposal.rationale ? { rationale: rationale.trim() } : {}),
    };
    if (Object.keys(changes).length === 0) {
      showErrors([{ message: t('proposals.actions.nothingChanged') }]);
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      await edit({
        variables: { input: { proposalId: proposal.id, ...changes } },
        refetchQueries: ['ConsultationProposals', 'SectionProposals'],
      });
      setBusy(false);
      onSaved(t('proposals.actions.saved'));
      close();
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

  if (!editing) {
    return (
      <div className="author-actions__item">
        <p>{t('proposals.actions.editIntro')}</p>
        <button
          ref={openButton}
          type="button"
          className="button button--secondary"
          onClick={() => setEditing(true)}
        >
          {t('proposals.actions.edit')}
        </button>
      </div>
    );
  }
  return (
    <div className="inline-form author-actions__item">
      <h3 tabIndex={-1} ref={focusOnMount}>
        {t('proposals.actions.edit')}
      </h3>
      <ErrorSummary
        errors={errors}
        idFor={(field) => ids[field]}
        ref={summaryRef}
        headingLevel={4}
      />
      <form className="form form--wide" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextField
          id={ids.title}
          name="title"
          label={t('proposals.form.titleLabel')}
          hint={t('proposals.form.titleHint')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
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
        <TextAreaField
          id={ids.rationale}
          name="rationale"
          label={t('proposals.form.rationaleLabel')}
          value={rationale}
          onChange={(event) => setRationale(event.target.value)}
          rows={5}
          required
          lang={contentLanguage}
          error={errorFor('rationale')}
        />
        <p className="field__hint">{t('proposals.actions.editPublic')}</p>
        <div className="button-row">
          <SubmitButton
            busy={busy}
            label={t('proposals.actions.save')}
            busyLabel={t('proposals.actions.saving')}
          />
          <button type="button" className="button button--secondary" onClick={close}>
            {t('proposals.actions.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

function WithdrawProposal({
  proposal,
  onWithdrawn,
}: {
  proposal: Proposal;
  onWithdrawn: (message: string) => void;
}) {
  const { t } = useTranslation('proposals');
  const { t: tc } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormError>();
  const [withdraw] = useMutation(WithdrawProposalDocument);
  const startButton = useRef<HTMLButtonElement>(null);

  async function handleConfirm() {
    setBusy(true);
    setProblem(undefined);
    try {
      await withdraw({
        variables: { id: proposal.id },
        refetchQueries: ['ConsultationProposals', 'SectionProposals'],
      });
      onWithdrawn(t('proposals.actions.withdrawn'));
    } catch (error) {
      setBusy(false);
      setProblem(formErrorsFrom(error, { networkMessage: tc('forms.networkError') })[0]);
    }
  }

  if (!confirming) {
    return (
      <div className="author-actions__item">
        <p>{t('proposals.actions.withdrawIntro')}</p>
        <button
          ref={startButton}
          type="button"
          className="button button--secondary"
          onClick={() => setConfirming(true)}
        >
          {t('proposals.actions.withdraw')}
        </button>
      </div>
    );
  }
  return (
    <div className="confirm-box author-actions__item" role="group" aria-labelledby="retrait-titre">
      <h3 id="retrait-titre" tabIndex={-1} ref={focusOnMount}>
        {t('proposals.actions.withdrawConfirmTitle')}
      </h3>
      <p>{t('proposals.actions.withdrawConfirmBody')}</p>
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
          {busy ? t('proposals.actions.withdrawing') : t('proposals.actions.withdrawConfirm')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setConfirming(false);
            requestAnimationFrame(() => startButton.current?.focus());
          }}
        >
          {t('proposals.actions.cancel')}
        </button>
      </div>
    </div>
  );
}

/**
 * « Adopter comme article », for administrators: the proposal becomes the last article of its
 * section (its text is version 1), under the title given; both then point to each other.
 */
export function AdoptProposal({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation('proposals');
  const { t: tc } = useTranslation();
  const titleId = useId();
  const [title, setTitle] = useState(proposal.title ?? '');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [adopted, setAdopted] = useState(false);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<'title'>();
  const [adopt] = useMutation(AdoptProposalDocument);
  const reviewButton = useRef<HTMLButtonElement>(null);
  const slug = proposal.section.consultation.slug;

  function handleReview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') {
      showErrors([{ field: 'title', message: t('proposals.adopt.titleEmpty') }]);
      return;
    }
    if (characterCount(trimmed) > amendmentLimits.proposalTitle) {
      showErrors([
        {
          field: 'title',
          message: t('proposals.form.errors.titleTooLong', {
            max: amendmentLimits.proposalTitle,
            count: characterCount(trimmed),
          }),
        },
      ]);
      return;
    }
    clearErrors();
    setConfirming(true);
  }

  async function handleConfirm() {
    setBusy(true);
    try {
      await adopt({
        variables: { input: { proposalId: proposal.id, title: title.trim() } },
        refetchQueries: ['ConsultationProposals', 'SectionProposals', 'ConsultationPage'],
      });
      setAdopted(true);
    } catch (error) {
      setBusy(false);
      setConfirming(false);
      showErrors(
        formErrorsFrom(error, {
          fields: { title: 'title' },
          networkMessage: tc('forms.networkError'),
        }),
      );
    }
  }

  // Just adopted here: say so, where the form was. Adopted earlier: the page already says it.
  if (proposal.adoptedAs) {
    if (!adopted) return null;
    return (
      <section aria-labelledby="adoption-titre" className="author-actions">
        <h2 id="adoption-titre">{t('proposals.adopt.title')}</h2>
        <div className="success-box" tabIndex={-1} ref={focusOnMount}>
          <p className="success-message" role="status">
            {t('proposals.adopt.done', { number: proposal.adoptedAs.number })}
          </p>
          <p>
            <Link to={articlePath(slug, proposal.adoptedAs.id)}>
              {t('proposals.page.readArticle', { number: proposal.adoptedAs.number })}
            </Link>
          </p>
        </div>
      </section>
    );
  }
  if (proposal.status !== 'OPEN') return null;

  return (
    <section aria-labelledby="adoption-titre" className="author-actions">
      <h2 id="adoption-titre">{t('proposals.adopt.title')}</h2>
      <p>{t('proposals.adopt.intro', { section: proposal.section.title })}</p>
      <ErrorSummary errors={errors} idFor={() => titleId} ref={summaryRef} headingLevel={3} />
      <form className="form form--wide" noValidate onSubmit={handleReview}>
        <TextField
          id={titleId}
          name="title"
          label={t('proposals.adopt.titleLabel')}
          hint={t('proposals.adopt.titleHint')}
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            setConfirming(false);
          }}
          required
          lang={contentLanguage}
          error={errorFor('title')}
        />
        <button ref={reviewButton} type="submit" className="button">
          {t('proposals.adopt.submit')}
        </button>
      </form>
      {confirming && (
        <div className="confirm-box" role="group" aria-labelledby="adoption-confirmation">
          <h3 id="adoption-confirmation" tabIndex={-1} ref={focusOnMount}>
            {t('proposals.adopt.confirmTitle')}
          </h3>
          <p>{t('proposals.adopt.confirmBody', { section: proposal.section.title })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy}
              aria-busy={busy}
              onClick={() => void handleConfirm()}
            >
              {busy ? t('proposals.adopt.adopting') : t('proposals.adopt.confirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
                reviewButton.current?.focus();
              }}
            >
              {t('proposals.actions.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import {
  CreateArticleDocument,
  CreateSectionDocument,
  UpdateArticleDocument,
  UpdateSectionDocument,
  type PlanAdminQuery,
} from '../../gql/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { TextAreaField } from '../../shared/forms/text-area-field';
import { TextField } from '../../shared/forms/text-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { CheckIcon } from '../../shared/ui/icons';
import { articlePath } from '../consultations/paths';
import { limits } from './limits';
import { publishVersionPath } from './paths';

type Consultation = NonNullable<PlanAdminQuery['consultation']>;
type Section = Consultation['sections'][number];
type Article = Section['articles'][number];

/** After a change, the whole plan is read again: positions and article numbers shift together. */
const refetch = { refetchQueries: ['PlanAdmin'], awaitRefetchQueries: true };

/** One confirmation at a time, shown beside the item it is about and announced once. */
interface Notice {
  itemId: string;
  text: string;
}

interface PlanContext {
  slug: string;
  sections: readonly Section[];
  notice: Notice | null;
  announce: (itemId: string, text: string) => void;
  /** Keeps focus on the element with this id while the plan is re-ordered around it. */
  keepFocus: (elementId: string) => { done: () => void };
}

/** Sections and their articles, in order: add, rename, move; and a way to publish new versions. */
export function PlanEditor({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const focusTarget = useRef<{ id: string; done: boolean } | null>(null);
  const sections = [...consultation.sections].sort((a, b) => a.position - b.position);

  // Moving an item in the DOM makes it lose focus: give focus back after each re-render, until
  // the change is saved and shown.
  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    const element = document.getElementById(target.id);
    if (element && document.activeElement !== element) element.focus();
    if (target.done) focusTarget.current = null;
  });

  const context: PlanContext = {
    slug: consultation.slug,
    sections,
    notice,
    announce: (itemId, text) => setNotice({ itemId, text }),
    keepFocus: (id) => {
      const target = { id, done: false };
      focusTarget.current = target;
      return {
        done: () => {
          target.done = true;
          document.getElementById(id)?.focus();
        },
      };
    },
  };

  return (
    <>
      {sections.length === 0 ? (
        <p>{t('planAdmin.noSections')}</p>
      ) : (
        <ol className="plan-sections">
          {sections.map((section, index) => (
            <SectionEditor
              key={section.id}
              section={section}
              position={index + 1}
              context={context}
            />
          ))}
        </ol>
      )}
      <AddSectionForm consultationId={consultation.id} context={context} />
      <div role="status" className="visually-hidden">
        {notice?.text}
      </div>
    </>
  );
}

function NoticeFor({ itemId, notice }: { itemId: string; notice: Notice | null }) {
  if (notice?.itemId !== itemId) return null;
  // Not a live region: the plan's one live region has already announced it.
  return (
    <p className="success-message">
      <CheckIcon />
      <span>{notice.text}</span>
    </p>
  );
}

function Problem({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="field__error" lang="fr">
      {message}
    </p>
  );
}

function errorMessage(error: unknown, networkMessage: string): string {
  return formErrorsFrom(error, { networkMessage })
    .map((item) => item.message)
    .join(' ');
}

interface MoveButtonsProps {
  idPrefix: string;
  position: number;
  count: number;
  /** "la partie 2", "l’article 3": completes the buttons' names for screen readers. */
  name: string;
  onMove: (delta: -1 | 1) => Promise<void>;
}

/** "Monter" and "Descendre"; at either end the button stays in place but does nothing. */
function MoveButtons({ idPrefix, position, count, name, onMove }: MoveButtonsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  async function handleClick(delta: -1 | 1) {
    const target = position + delta;
    if (busy || target < 1 || target > count) return;
    setBusy(true);
    try {
      await onMove(delta);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        id={`${idPrefix}-up`}
        type="button"
        className="button button--secondary button--small"
        aria-disabled={busy || position === 1}
        onClick={() => void handleClick(-1)}
      >
        {t('planAdmin.moveUp')}
        <span className="visually-hidden"> {name}</span>
      </button>
      <button
        id={`${idPrefix}-down`}
        type="button"
        className="button button--secondary button--small"
        aria-disabled={busy || position === count}
        onClick={() => void handleClick(1)}
      >
        {t('planAdmin.moveDown')}
        <span className="visually-hidden"> {name}</span>
      </button>
    </>
  );
}

function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

interface SectionEditorProps {
  section: Section;
  position: number;
  context: PlanContext;
}

function SectionEditor({ section, position, context }: SectionEditorProps) {
  const { t } = useTranslation();
  const [updateSection] = useMutation(UpdateSectionDocument, refetch);
  const [renaming, setRenaming] = useState(false);
  const [problem, setProblem] = useState<string>();
  const idPrefix = domId('plan-section', section.id);
  const name = t('planAdmin.sectionName', { position });
  const count = context.sections.length;
  const articles = [...section.articles].sort((a, b) => a.position - b.position);

  async function handleMove(delta: -1 | 1) {
    setProblem(undefined);
    const target = position + delta;
    const focus = context.keepFocus(`${idPrefix}-${delta < 0 ? 'up' : 'down'}`);
    try {
      await updateSection({ variables: { input: { sectionId: section.id, position: target } } });
      context.announce(section.id, t('planAdmin.sectionMoved', { position: target, count }));
    } catch (error) {
      setProblem(errorMessage(error, t('forms.networkError')));
    } finally {
      focus.done();
    }
  }

  return (
    <li className="plan-section" aria-labelledby={`${idPrefix}-title`}>
      <div className="plan-item__header">
        <h3 id={`${idPrefix}-title`} className="plan-section__title">
          {t('planAdmin.sectionHeading', { position })}{' '}
          <span lang={contentLanguage}>{section.title}</span>
        </h3>
        <div className="plan-actions">
          <button
            id={`${idPrefix}-rename`}
            type="button"
            className="button button--secondary button--small"
            aria-expanded={renaming}
            onClick={() => setRenaming(!renaming)}
          >
            {t('planAdmin.rename')}
            <span className="visually-hidden"> {name}</span>
          </button>
          <MoveButtons
            idPrefix={idPrefix}
            position={position}
            count={count}
            name={name}
            onMove={handleMove}
          />
        </div>
      </div>
      <NoticeFor itemId={section.id} notice={context.notice} />
      <Problem message={problem} />
      {renaming && (
        <SectionTitleForm
          id={`${idPrefix}-title-input`}
          label={t('planAdmin.sectionTitleLabel', { position })}
          initial={section.title}
          onSave={async (title) => {
            await updateSection({ variables: { input: { sectionId: section.id, title } } });
            context.announce(section.id, t('planAdmin.sectionRenamed'));
          }}
          onClose={() => {
            setRenaming(false);
            document.getElementById(`${idPrefix}-rename`)?.focus();
          }}
        />
      )}
      {articles.length === 0 ? (
        <p className="plan-section__empty">{t('consultation.noArticles')}</p>
      ) : (
        <ol className="plan-articles">
          {articles.map((article, index) => (
            <ArticleEditor
              key={article.id}
              article={article}
              section={section}
              index={index}
              count={articles.length}
              context={context}
            />
          ))}
        </ol>
      )}
      <AddArticle section={section} position={position} context={context} />
    </li>
  );
}

interface SectionTitleFormProps {
  id: string;
  label: string;
  initial: string;
  onSave: (title: string) => Promise<void>;
  onClose: () => void;
}

function SectionTitleForm({ id, label, initial, onSave, onClose }: SectionTitleFormProps) {
  const { t } = useTranslation();
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<'title'>();
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get('title') ?? '').trim();
    const problem = titleProblem(t as unknown as Translate, title, limits.sectionTitle);
    if (problem) {
      showErrors([{ field: 'title', message: problem }]);
      return;
    }
    if (title === initial) {
      onClose();
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      await onSave(title);
      onClose();
    } catch (error) {
      setBusy(false);
      showErrors(
        formErrorsFrom(error, {
          fields: { title: 'title' },
          networkMessage: t('forms.networkError'),
        }),
      );
    }
  }

  return (
    <form className="inline-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <ErrorSummary errors={errors} idFor={() => id} ref={summaryRef} headingLevel={3} />
      <TextField
        id={id}
        autoFocus
        name="title"
        label={label}
        defaultValue={initial}
        required
        error={errorFor('title')}
      />
      <div className="button-row">
        <SubmitButton busy={busy} label={t('planAdmin.save')} busyLabel={t('planAdmin.saving')} />
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('planAdmin.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The keys used below (a narrow type: i18next's full `t` type is too deep to check here). */
type Translate = (key: string, options?: Record<string, unknown>) => string;

function titleProblem(t: Translate, title: string, max: number): string | undefined {
  if (!title) return t('planAdmin.titleRequired');
  if (title.length > max) return t('planAdmin.tooLong', { max });
  return undefined;
}

function textProblem(t: Translate, text: string): string | undefined {
  if (text.trim() === '') return t('publish.textRequired');
  if ([...text].length > limits.articleText) {
    return t('publish.textTooLong', { max: limits.articleText.toLocaleString('fr-FR') });
  }
  return undefined;
}

interface ArticleEditorProps {
  article: Article;
  section: Section;
  index: number;
  count: number;
  context: PlanContext;
}

function ArticleEditor({ article, section, index, count, context }: ArticleEditorProps) {
  const { t } = useTranslation();
  const [updateArticle] = useMutation(UpdateArticleDocument, refetch);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string>();
  const idPrefix = domId('plan-article', article.id);
  const name = t('planAdmin.articleName', { number: article.number });
  const position = index + 1;

  async function handleMove(delta: -1 | 1) {
    setProblem(undefined);
    const target = position + delta;
    const focus = context.keepFocus(`${idPrefix}-${delta < 0 ? 'up' : 'down'}`);
    try {
      await updateArticle({ variables: { input: { articleId: article.id, position: target } } });
      context.announce(article.id, t('planAdmin.articleMoved', { position: target, count }));
    } catch (error) {
      setProblem(errorMessage(error, t('forms.networkError')));
    } finally {
      focus.done();
    }
  }

  return (
    <li className="plan-article">
      <div className="plan-item__header">
        <p className="plan-article__title">
          <Link to={articlePath(context.slug, article.id)}>
            {t('consultation.articleNumber', { number: article.number })}
            {' — '}
            <span lang={contentLanguage}>{article.title}</span>
          </Link>
          <span className="plan-article__meta">
            {t('planAdmin.versionInForce', { number: article.currentVersion.number })}
          </span>
        </p>
        <div className="plan-actions">
          <Link to={publishVersionPath(context.slug, article.id)} className="button button--small">
            {t('planAdmin.newVersion')}
            <span className="visually-hidden">
              {' '}
              {t('planAdmin.ofArticle', { number: article.number })}
            </span>
          </Link>
          <button
            id={`${idPrefix}-edit`}
            type="button"
            className="button button--secondary button--small"
            aria-expanded={editing}
            onClick={() => setEditing(!editing)}
          >
            {t('planAdmin.renameOrMove')}
            <span className="visually-hidden"> {name}</span>
          </button>
          <MoveButtons
            idPrefix={idPrefix}
            position={position}
            count={count}
            name={name}
            onMove={handleMove}
          />
        </div>
      </div>
      <NoticeFor itemId={article.id} notice={context.notice} />
      <Problem message={problem} />
      {editing && (
        <ArticleEditForm
          article={article}
          section={section}
          idPrefix={idPrefix}
          context={context}
          onClose={(moved) => {
            setEditing(false);
            const button = `${idPrefix}-edit`;
            // Moved to another section, the article is drawn anew there: focus follows it.
            if (moved) context.keepFocus(button).done();
            else document.getElementById(button)?.focus();
          }}
        />
      )}
    </li>
  );
}

interface ArticleEditFormProps {
  article: Article;
  section: Section;
  idPrefix: string;
  context: PlanContext;
  onClose: (moved: boolean) => void;
}

type ArticleField = 'title' | 'sectionId';

function ArticleEditForm({ article, section, idPrefix, context, onClose }: ArticleEditFormProps) {
  const { t } = useTranslation();
  const [updateArticle] = useMutation(UpdateArticleDocument, refetch);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<ArticleField>();
  const [busy, setBusy] = useState(false);
  const ids: Record<ArticleField, string> = {
    title: `${idPrefix}-title-input`,
    sectionId: `${idPrefix}-section-input`,
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const title = String(form.get('title') ?? '').trim();
    const sectionId = String(form.get('sectionId') ?? section.id);
    const problem = titleProblem(t as unknown as Translate, title, limits.articleTitle);
    if (problem) {
      showErrors([{ field: 'title', message: problem }]);
      return;
    }
    const moved = sectionId !== section.id;
    if (title === article.title && !moved) {
      onClose(false);
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      await updateArticle({
        variables: {
          input: {
            articleId: article.id,
            ...(title !== article.title ? { title } : {}),
            ...(moved ? { sectionId } : {}),
          },
        },
      });
      const target = context.sections.findIndex((candidate) => candidate.id === sectionId) + 1;
      context.announce(
        article.id,
        moved ? t('planAdmin.articleMovedTo', { position: target }) : t('planAdmin.articleSaved'),
      );
      onClose(moved);
    } catch (error) {
      setBusy(false);
      showErrors(
        formErrorsFrom(error, {
          fields: { title: 'title', sectionId: 'sectionId', position: 'sectionId' },
          networkMessage: t('forms.networkError'),
        }),
      );
    }
  }

  return (
    <form className="inline-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <ErrorSummary
        errors={errors}
        idFor={(field) => ids[field]}
        ref={summaryRef}
        headingLevel={3}
      />
      <TextField
        id={ids.title}
        autoFocus
        name="title"
        label={t('planAdmin.articleTitleLabel', { number: article.number })}
        defaultValue={article.title}
        required
        error={errorFor('title')}
      />
      <div className="field">
        <label htmlFor={ids.sectionId} className="field__label">
          {t('planAdmin.articleSection')}
        </label>
        <p id={`${ids.sectionId}-hint`} className="field__hint">
          {t('planAdmin.articleSectionHint')}
        </p>
        <select
          id={ids.sectionId}
          name="sectionId"
          className="input"
          defaultValue={section.id}
          aria-describedby={`${ids.sectionId}-hint`}
        >
          {context.sections.map((candidate, index) => (
            <option key={candidate.id} value={candidate.id}>
              {t('planAdmin.sectionHeading', { position: index + 1 })} {candidate.title}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <SubmitButton busy={busy} label={t('planAdmin.save')} busyLabel={t('planAdmin.saving')} />
        <button type="button" className="button button--secondary" onClick={() => onClose(false)}>
          {t('planAdmin.cancel')}
        </button>
      </div>
    </form>
  );
}

type NewArticleField = 'title' | 'text';

function AddArticle({
  section,
  position,
  context,
}: {
  section: Section;
  position: number;
  context: PlanContext;
}) {
  const { t } = useTranslation();
  const [createArticle] = useMutation(CreateArticleDocument, refetch);
  const [open, setOpen] = useState(false);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } =
    useFormFeedback<NewArticleField>();
  const [busy, setBusy] = useState(false);
  const idPrefix = domId('plan-new-article', section.id);
  const ids: Record<NewArticleField, string> = {
    title: `${idPrefix}-title`,
    text: `${idPrefix}-text`,
  };
  const noticeId = `new-article-${section.id}`;

  function close() {
    setOpen(false);
    clearErrors();
    document.getElementById(`${idPrefix}-toggle`)?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const title = String(form.get('title') ?? '').trim();
    const text = String(form.get('text') ?? '');
    const problems: FormError<NewArticleField>[] = [];
    const titleIssue = titleProblem(t as unknown as Translate, title, limits.articleTitle);
    if (titleIssue) problems.push({ field: 'title', message: titleIssue });
    const textIssue = textProblem(t as unknown as Translate, text);
    if (textIssue) problems.push({ field: 'text', message: textIssue });
    if (problems.length > 0) {
      showErrors(problems);
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      const { data } = await createArticle({
        variables: { input: { sectionId: section.id, title, text } },
      });
      setBusy(false);
      context.announce(
        noticeId,
        t('planAdmin.articleCreated', { number: data?.createArticle.number ?? '', position }),
      );
      close();
    } catch (error) {
      setBusy(false);
      showErrors(
        formErrorsFrom(error, {
          fields: { title: 'title', text: 'text' },
          networkMessage: t('forms.networkError'),
        }),
      );
    }
  }

  return (
    <div className="plan-add">
      <NoticeFor itemId={noticeId} notice={context.notice} />
      <button
        id={`${idPrefix}-toggle`}
        type="button"
        className="button button--secondary button--small"
        aria-expanded={open}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t('planAdmin.addArticle')}
        <span className="visually-hidden"> {t('planAdmin.toSection', { position })}</span>
      </button>
      {open && (
        <form className="inline-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
          <ErrorSummary
            errors={errors}
            idFor={(field) => ids[field]}
            ref={summaryRef}
            headingLevel={3}
          />
          <TextField
            id={ids.title}
            autoFocus
            name="title"
            label={t('planAdmin.newArticleTitle')}
            required
            error={errorFor('title')}
          />
          <TextAreaField
            id={ids.text}
            name="text"
            label={t('planAdmin.newArticleText')}
            hint={t('publish.textHint')}
            rows={8}
            required
            code
            error={errorFor('text')}
          />
          <div className="button-row">
            <SubmitButton
              busy={busy}
              label={t('planAdmin.addArticleSubmit')}
              busyLabel={t('planAdmin.saving')}
            />
            <button type="button" className="button button--secondary" onClick={close}>
              {t('planAdmin.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function AddSectionForm({
  consultationId,
  context,
}: {
  consultationId: string;
  context: PlanContext;
}) {
  const { t } = useTranslation();
  const [createSection] = useMutation(CreateSectionDocument, refetch);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<'title'>();
  const [busy, setBusy] = useState(false);
  const id = 'plan-new-section-title';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const title = String(new FormData(form).get('title') ?? '').trim();
    const problem = titleProblem(t as unknown as Translate, title, limits.sectionTitle);
    if (problem) {
      showErrors([{ field: 'title', message: problem }]);
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      await createSection({ variables: { input: { consultationId, title } } });
      form.reset();
      context.announce('new-section', t('planAdmin.sectionCreated', { title }));
    } catch (error) {
      showErrors(
        formErrorsFrom(error, {
          fields: { title: 'title' },
          networkMessage: t('forms.networkError'),
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box title={t('planAdmin.addSectionTitle')}>
      <ErrorSummary errors={errors} idFor={() => id} ref={summaryRef} headingLevel={3} />
      <form className="inline-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextField
          id={id}
          name="title"
          label={t('planAdmin.newSectionTitle')}
          required
          error={errorFor('title')}
        />
        <SubmitButton
          busy={busy}
          label={t('planAdmin.addSectionSubmit')}
          busyLabel={t('planAdmin.saving')}
        />
      </form>
      <NoticeFor itemId="new-section" notice={context.notice} />
    </Box>
  );
}

function Box({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="plan-box">
      <h3>{title}</h3>
      {children}
    </div>
  );
}

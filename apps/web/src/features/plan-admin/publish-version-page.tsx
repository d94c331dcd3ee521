import './admin-translations';

import { useMutation, useQuery } from '@apollo/client/react';
import { diffTexts, normalizeText, splitLines } from '@amendo/text';
import { useDeferredValue, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import {
  PublishArticleVersionDocument,
  PublishVersionPageDocument,
  type PublishVersionPageQuery,
} from '../../gql/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { TextAreaField } from '../../shared/forms/text-area-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { formatDate } from '../../shared/format-date';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { CheckIcon } from '../../shared/ui/icons';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import {
  IncorporateAmendments,
  IncorporationSummary,
  ReanchorPreview,
} from '../amendments/incorporate-amendments';
import { mergeAmendments, previewReanchoring } from '../amendments/merge-amendments';
import { DiffModeToggle } from '../consultations/diff-mode-toggle';
import { DiffSummary, DiffView, type DiffMode } from '../consultations/diff-view';
import { articlePath, articleVersionsPath, consultationPath } from '../consultations/paths';
import { focusOnMount } from './focus-on-mount';
import { limits } from './limits';
import { planAdminPath } from './paths';
import { RequireAdmin } from './require-admin';

type Article = NonNullable<PublishVersionPageQuery['article']>;
type Field = 'text' | 'changelog';

const fieldIds: Record<Field, string> = { text: 'publish-text', changelog: 'publish-changelog' };

/** `/admin/consultations/:slug/articles/:articleId/nouvelle-version`: publish an article's next text. */
export function PublishVersionPage() {
  return (
    <RequireAdmin>
      <PublishVersion />
    </RequireAdmin>
  );
}

interface Published {
  number: number;
  previous: number;
}

function PublishVersion() {
  const { t } = useTranslation();
  const { articleId = '' } = useParams();
  const { data, error, refetch } = useQuery(PublishVersionPageDocument, {
    variables: { id: articleId },
    fetchPolicy: 'cache-and-network',
  });
  const [published, setPublished] = useState<Published | null>(null);

  if (!data) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={t('publish.pageTitle')} />
        <LoadingStatus message={t('publish.loading')} />
      </>
    );
  }
  const { article } = data;
  if (!article) {
    return <NotFoundPage title={t('article.notFoundTitle')} message={t('article.notFoundBody')} />;
  }

  const slug = article.consultation.slug;
  const articleNumber = t('consultation.articleNumber', { number: article.number });
  return (
    <div className="publish-page">
      <PageTitle title={`${t('publish.pageTitle')} — ${articleNumber}`} />
      <Breadcrumb
        items={[
          { label: t('app.home'), to: '/' },
          { label: article.consultation.title, to: consultationPath(slug), lang: contentLanguage },
          { label: t('planAdmin.breadcrumb'), to: planAdminPath(slug) },
          { label: t('publish.breadcrumb', { number: article.number }) },
        ]}
      />
      <p className="eyebrow">{t('planAdmin.eyebrow')}</p>
      <h1>
        {t('publish.heading', { number: article.number })}
        <span className="heading-detail" lang={contentLanguage}>
          {article.title}
        </span>
      </h1>
      {published && (
        <div className="success-box" tabIndex={-1} ref={focusOnMount}>
          <p className="success-message" role="status">
            <CheckIcon />
            <span>
              {t('publish.published', { number: published.number, article: article.number })}
            </span>
          </p>
          <ul className="link-list">
            <li>
              <Link to={articlePath(slug, article.id)}>{t('publish.readArticle')}</Link>
            </li>
            <li>
              <Link
                to={articleVersionsPath(slug, article.id, {
                  from: published.previous,
                  to: published.number,
                })}
              >
                {t('publish.seeDiff', { from: published.previous, to: published.number })}
              </Link>
            </li>
            <li>
              <Link to={planAdminPath(slug)}>{t('publish.backToPlan')}</Link>
            </li>
          </ul>
        </div>
      )}
      <PublishForm
        key={article.currentVersion.id}
        article={article}
        onPublished={(number) => setPublished({ number, previous: number - 1 })}
        onEdit={() => setPublished(null)}
      />
    </div>
  );
}

interface PublishFormProps {
  article: Article;
  onPublished: (number: number) => void;
  onEdit: () => void;
}

function PublishForm({ article, onPublished, onEdit }: PublishFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const current = article.currentVersion;
  const nextNumber = current.number + 1;
  const [text, setText] = useState(current.text);
  const [changelog, setChangelog] = useState('');
  const [mode, setMode] = useState<DiffMode>('inline');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<Field>();
  const [publish] = useMutation(PublishArticleVersionDocument);
  const reviewButton = useRef<HTMLButtonElement>(null);
  // The open amendments to incorporate; while they do not overlap, the text is their merge.
  const openAmendments = useMemo(
    () => article.amendments.edges.map((edge) => edge.node),
    [article.amendments],
  );
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const merge = useMemo(
    () =>
      mergeAmendments(
        current.text,
        openAmendments.filter((amendment) => chosen.has(amendment.id)),
      ),
    [current.text, openAmendments, chosen],
  );
  const [mergedText, setMergedText] = useState(current.text);

  // The preview follows the typing without slowing it: it is computed from a deferred copy.
  const deferredText = useDeferredValue(text);
  const normalized = useMemo(() => normalizeText(deferredText), [deferredText]);
  const hunks = useMemo(() => diffTexts(current.text, normalized), [current.text, normalized]);
  const newLines = useMemo(() => splitLines(normalized), [normalized]);
  const reanchoring = useMemo(
    () =>
      previewReanchoring(
        current.text,
        normalized,
        openAmendments.filter((amendment) => !chosen.has(amendment.id)),
      ),
    [current.text, normalized, openAmendments, chosen],
  );

  function handleToggle(id: string, checked: boolean) {
    const next = new Set(chosen);
    if (checked) next.add(id);
    else next.delete(id);
    setChosen(next);
    setConfirming(false);
    onEdit();
    // The text follows the choice as long as the administrator has not rewritten it by hand.
    const result = mergeAmendments(
      current.text,
      openAmendments.filter((amendment) => next.has(amendment.id)),
    );
    if (result.ok && text === mergedText) setText(result.text);
    if (result.ok) setMergedText(result.text);
  }

  function handleApplyMerge() {
    if (!merge.ok) return;
    setText(merge.text);
    setMergedText(merge.text);
    setConfirming(false);
  }

  function problems(): FormError<Field>[] {
    const found: FormError<Field>[] = [];
    const finalText = normalizeText(text);
    if (finalText.trim() === '') found.push({ field: 'text', message: t('publish.textRequired') });
    else if ([...finalText].length > limits.articleText) {
      found.push({
        field: 'text',
        message: t('publish.textTooLong', { max: limits.articleText.toLocaleString('fr-FR') }),
      });
    } else if (finalText === current.text) {
      found.push({
        field: 'text',
        message: t('publish.textUnchanged', { number: current.number }),
      });
    }
    const trimmed = changelog.trim();
    if (!trimmed) found.push({ field: 'changelog', message: t('publish.changelogRequired') });
    else if (trimmed.length > limits.changelog) {
      found.push({
        field: 'changelog',
        message: t('planAdmin.tooLong', { max: limits.changelog }),
      });
    }
    return found;
  }

  function handleReview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = problems();
    if (found.length > 0) {
      setConfirming(false);
      showErrors(found);
      return;
    }
    clearErrors();
    setConfirming(true);
  }

  function handleBack() {
    setConfirming(false);
    reviewButton.current?.focus();
  }

  async function handleConfirm() {
    setBusy(true);
    try {
      const { data } = await publish({
        variables: {
          input: {
            articleId: article.id,
            text: normalizeText(text),
            changelog: changelog.trim(),
            baseVersionNumber: current.number,
            incorporatedAmendmentIds: [...chosen],
          },
        },
        // The amendments changed (incorporated, moved, outdated): every list of them is re-read.
        refetchQueries: ['PublishVersionPage', 'ArticleAmendments'],
      });
      // The form is drawn anew for the version just published (its key is the version's id).
      onPublished(data?.publishArticleVersion.number ?? nextNumber);
    } catch (error) {
      setBusy(false);
      setConfirming(false);
      showErrors(
        formErrorsFrom(error, {
          fields: { text: 'text', changelog: 'changelog' },
          // "Ce texte est identique à la version 1…" and "… a été publiée depuis" are about the text.
          fallback: { field: 'text', codes: ['CONFLICT'] },
          networkMessage: t('forms.networkError'),
        }),
      );
    }
  }

  return (
    <>
      <p className="version-line">
        {t('publish.currentIs', {
          number: current.number,
          date: formatDate(current.publishedAt, language),
        })}{' '}
        <Link to={articlePath(article.consultation.slug, article.id)}>
          {t('publish.readCurrent')}
        </Link>
      </p>
      <ErrorSummary errors={errors} idFor={(field) => fieldIds[field]} ref={summaryRef} />
      <form className="form form--wide" noValidate onSubmit={handleReview}>
        <p className="form__required">{t('forms.allRequired')}</p>
        <IncorporateAmendments
          slug={article.consultation.slug}
          articleId={article.id}
          amendments={openAmendments}
          chosen={chosen}
          onToggle={handleToggle}
          merge={merge}
          edited={!merge.ok || text !== merge.text}
          onApply={handleApplyMerge}
        />
        <TextAreaField
          id={fieldIds.text}
          name="text"
          label={t('publish.textLabel', { number: nextNumber })}
          hint={t('publish.textHint')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setConfirming(false);
            onEdit();
          }}
          rows={Math.min(Math.max(splitLines(current.text).length + 4, 8), 30)}
          required
          code
          lang={contentLanguage}
          error={errorFor('text')}
        />
        <TextAreaField
          id={fieldIds.changelog}
          name="changelog"
          label={t('publish.changelogLabel')}
          hint={t('publish.changelogHint')}
          value={changelog}
          onChange={(event) => {
            setChangelog(event.target.value);
            setConfirming(false);
            onEdit();
          }}
          rows={3}
          required
          lang={contentLanguage}
          error={errorFor('changelog')}
        />

        <section aria-labelledby="publish-preview-title" className="preview">
          <h2 id="publish-preview-title">{t('publish.previewTitle')}</h2>
          <p className="field__hint">{t('publish.previewHint', { number: current.number })}</p>
          {hunks.length > 0 && <DiffModeToggle mode={mode} onChange={setMode} />}
          <DiffSummary hunks={hunks} />
          {hunks.length === 0 ? (
            <p className="diff-identical">{t('publish.previewNone', { number: current.number })}</p>
          ) : (
            <DiffView
              hunks={hunks}
              newLines={newLines}
              mode={mode}
              oldName={t('versions.name', { number: current.number })}
              newName={t('publish.newName', { number: nextNumber })}
              oldTitle={t('publish.oldTitle', { number: current.number })}
              newTitle={t('publish.newTitle', { number: nextNumber })}
            />
          )}
          {hunks.length > 0 && (
            <ReanchorPreview reanchoring={reanchoring} nextNumber={nextNumber} />
          )}
        </section>

        <button ref={reviewButton} type="submit" className="button">
          {t('publish.review', { number: nextNumber })}
        </button>
      </form>

      {confirming && (
        <div className="confirm-box" role="group" aria-labelledby="publish-confirm-title">
          <h2 id="publish-confirm-title" tabIndex={-1} ref={focusOnMount}>
            {t('publish.confirmTitle', { number: nextNumber })}
          </h2>
          <p>
            {t('publish.confirmBody', {
              number: nextNumber,
              article: article.number,
              count: hunks.length,
            })}
          </p>
          <IncorporationSummary incorporated={chosen.size} reanchoring={reanchoring} />
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy}
              aria-busy={busy}
              onClick={() => void handleConfirm()}
            >
              {busy ? t('publish.publishing') : t('publish.confirm', { number: nextNumber })}
            </button>
            <button type="button" className="button button--secondary" onClick={handleBack}>
              {t('publish.back')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';

import {
  AddSourceDocument,
  TargetSourcesDocument,
  type SourceFieldsFragment,
  type TargetSourcesQuery,
} from '../../gql/deliberation/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { TextAreaField } from '../../shared/forms/text-area-field';
import { TextField } from '../../shared/forms/text-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { formatDate } from '../../shared/format-date';
import { StatusMessage } from '../../shared/ui/status-message';
import { appendPage } from '../../shared/append-page';
import { useViewer, type Viewer } from '../identity/use-viewer';
import { ModerationNotice, ReportAction } from '../moderation/contribution-moderation';
import { AuthorLink } from '../participants/author-link';
import {
  characterCount,
  Heading,
  LoadProblem,
  LoginPrompt,
  useAnnouncer,
  type HeadingLevel,
} from './deliberation-ui';

const pageSize = 10;
/** The API's limits. */
const limits = { url: 2_000, title: 300, description: 2_000 } as const;

export interface SourcesListProps {
  /** Global id of an Article, Amendment or Proposal. */
  targetId: string;
  /** False when the phase no longer takes sources: reading only. */
  open?: boolean;
  headingLevel?: 2 | 3;
}

type SourcesPage = Extract<
  NonNullable<TargetSourcesQuery['node']>,
  { sources: unknown }
>['sources'];

function withPage(
  result: TargetSourcesQuery,
  change: (page: SourcesPage) => SourcesPage,
): TargetSourcesQuery {
  const node = result.node;
  if (!node || !('sources' in node)) return result;
  return { ...result, node: { ...node, sources: change(node.sources) } };
}

/** The sources people added to inform the debate, newest first, and a form to add one. */
export function SourcesList({ targetId, open = true, headingLevel = 3 }: SourcesListProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const titleId = useId();
  const { data, error, refetch, fetchMore, updateQuery } = useQuery(TargetSourcesDocument, {
    variables: { targetId, first: pageSize },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const { announce, region } = useAnnouncer();
  const page = data?.node && 'sources' in data.node ? data.node.sources : undefined;

  async function handleLoadMore() {
    if (!page) return;
    setLoadingMore(true);
    setLoadMoreFailed(false);
    announce(t('deliberation.sources.loadingMore'));
    try {
      await fetchMore({
        variables: { after: page.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const next =
            fetchMoreResult.node && 'sources' in fetchMoreResult.node
              ? fetchMoreResult.node.sources
              : undefined;
          if (!next) return previous;
          return withPage(previous, (current) => appendPage(current, next));
        },
      });
      announce('');
    } catch {
      setLoadMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }

  function handleAdded(source: SourceFieldsFragment) {
    updateQuery((_, { complete, previousData }) =>
      complete
        ? withPage(previousData, (current) => ({
            ...current,
            totalCount: current.totalCount + 1,
            edges: [{ __typename: 'SourceEdge', cursor: '', node: source }, ...current.edges],
          }))
        : undefined,
    );
  }

  return (
    <section aria-labelledby={titleId} className="deliberation-part">
      <Heading level={headingLevel} id={titleId}>
        {t('deliberation.sources.title')}
        {page && <span className="count"> ({page.totalCount})</span>}
      </Heading>
      <p>{t('deliberation.sources.intro')}</p>
      {!page ? (
        error ? (
          <LoadProblem onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <p className="loading-status">{t('deliberation.sources.loading')}</p>
        )
      ) : page.edges.length === 0 ? (
        <p>{t('deliberation.sources.empty')}</p>
      ) : (
        <ul className="source-list">
          {page.edges.map(({ node }) => (
            <SourceItem key={node.id} source={node} viewer={viewer} />
          ))}
        </ul>
      )}
      {region}
      {loadMoreFailed && (
        <p role="alert" className="alert">
          {t('deliberation.sources.loadMoreError')}
        </p>
      )}
      {page?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void handleLoadMore()}
          disabled={loadingMore}
        >
          {t('deliberation.sources.more')}
          <span className="visually-hidden"> {t('deliberation.sources.moreContext')}</span>
        </button>
      )}
      {open && viewer && (
        <AddSourceForm
          targetId={targetId}
          headingLevel={Math.min(headingLevel + 1, 4) as HeadingLevel}
          onAdded={handleAdded}
        />
      )}
      {open && viewer === null && <LoginPrompt label={t('deliberation.sources.loginToAdd')} />}
      {!open && <p className="deliberation-closed">{t('deliberation.sources.closed')}</p>}
    </section>
  );
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** A source: its title leads to it (as an ordinary link), with the site it is on. */
function SourceItem({ source, viewer }: { source: SourceFieldsFragment; viewer?: Viewer | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const host = source.url ? hostOf(source.url) : undefined;
  return (
    <li className="source">
      {source.url ? (
        <p className="source__title">
          <a href={source.url} rel="nofollow ugc noopener" lang={contentLanguage}>
            {source.title ?? t('deliberation.sources.untitled')}
          </a>
          {host && <span className="source__host"> ({host})</span>}
        </p>
      ) : (
        <p className="source__title">
          <em>{t('deliberation.sources.hidden')}</em>
        </p>
      )}
      {source.description && (
        <p className="source__description" lang={contentLanguage}>
          {source.description}
        </p>
      )}
      <p className="source__meta">
        <Trans
          t={t}
          i18nKey="deliberation.sources.addedBy"
          values={{ date: formatDate(source.createdAt, language) }}
          components={{
            author: (
              <AuthorLink author={source.author} deletedLabel={t('deliberation.deletedAuthor')} />
            ),
          }}
        />
      </p>
      <ModerationNotice contribution={source} viewer={viewer} />
      <ReportAction contribution={source} viewer={viewer} />
    </li>
  );
}

type SourceField = 'url' | 'title' | 'description';

interface AddSourceFormProps {
  targetId: string;
  headingLevel: HeadingLevel;
  onAdded: (source: SourceFieldsFragment) => void;
}

/** « Ajouter une source »: address, title and an optional description, folded until asked for. */
function AddSourceForm({ targetId, headingLevel, onAdded }: AddSourceFormProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const idFor = (field: SourceField) => `${idPrefix}-${field}`;
  const [addSource] = useMutation(AddSourceDocument);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<SourceField>();
  const [busy, setBusy] = useState(false);
  const [confirmation, setConfirmation] = useState<string>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const url = String(values.get('url') ?? '').trim();
    const title = String(values.get('title') ?? '').trim();
    const description = String(values.get('description') ?? '').trim();
    setConfirmation(undefined);

    const problems: FormError<SourceField>[] = [];
    if (!url) problems.push({ field: 'url', message: t('deliberation.sources.urlRequired') });
    if (!title) problems.push({ field: 'title', message: t('deliberation.sources.titleRequired') });
    for (const [field, value] of [
      ['url', url],
      ['title', title],
      ['description', description],
    ] as const) {
      const over = characterCount(value) - limits[field];
      if (over > 0) {
        const message = t('deliberation.sources.tooLong', { count: over, max: limits[field] });
        problems.push({ field, message });
      }
    }
    if (problems.length > 0) {
      showErrors(problems);
      return;
    }

    clearErrors();
    setBusy(true);
    try {
      const { data } = await addSource({
        variables: { input: { targetId, url, title, description: description || undefined } },
      });
      if (data) onAdded(data.addSource);
      form.reset();
      setConfirmation(t('deliberation.sources.added'));
    } catch (failure) {
      showErrors(
        formErrorsFrom(failure, {
          fields: { url: 'url', title: 'title', description: 'description' },
          networkMessage: t('forms.networkError'),
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="add-form">
      <summary>{t('deliberation.sources.add')}</summary>
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <ErrorSummary errors={errors} idFor={idFor} ref={summaryRef} headingLevel={headingLevel} />
        <TextField
          id={idFor('url')}
          name="url"
          label={t('deliberation.sources.url')}
          hint={t('deliberation.sources.urlHint')}
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          autoCapitalize="off"
          required
          error={errorFor('url')}
        />
        <TextField
          id={idFor('title')}
          name="title"
          label={t('deliberation.sources.titleLabel')}
          hint={t('deliberation.sources.titleHint', { max: limits.title })}
          required
          error={errorFor('title')}
        />
        <TextAreaField
          id={idFor('description')}
          name="description"
          label={t('deliberation.sources.description')}
          hint={t('deliberation.sources.descriptionHint', { max: limits.description })}
          rows={3}
          error={errorFor('description')}
        />
        <SubmitButton
          busy={busy}
          label={t('deliberation.sources.submit')}
          busyLabel={t('deliberation.sources.submitting')}
        />
        <StatusMessage message={confirmation} />
      </form>
    </details>
  );
}

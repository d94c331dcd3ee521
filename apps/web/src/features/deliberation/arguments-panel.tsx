import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  PostArgumentDocument,
  TargetArgumentsDocument,
  type ArgumentFieldsFragment,
  type ContributionOrder,
  type Stance,
  type TargetArgumentsQuery,
} from '../../gql/deliberation/graphql';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { StatusMessage } from '../../shared/ui/status-message';
import { useViewer, type Viewer } from '../identity/use-viewer';
import { ArgumentBodyField, useArgumentBodyCheck } from './argument-body-field';
import { ArgumentItem } from './argument-item';
import {
  Heading,
  LoadProblem,
  LoginPrompt,
  useAnnouncer,
  type HeadingLevel,
} from './deliberation-ui';
import { OrderSelect } from './order-select';
import { orderSeed } from './order-seed';

const pageSize = 10;
const stances = ['FOR', 'AGAINST'] as const satisfies readonly Stance[];

export interface ArgumentsPanelProps {
  /** Global id of an Article, Amendment or Proposal. */
  targetId: string;
  /** False when the phase no longer takes arguments: reading only. */
  open?: boolean;
  headingLevel?: 2 | 3;
}

/**
 * The arguments « Pour » and « Contre » side by side (stacked on narrow screens), in the order
 * the visitor chooses — RANDOM with their own seed by default —, with a form for each stance.
 */
export function ArgumentsPanel({ targetId, open = true, headingLevel = 3 }: ArgumentsPanelProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const titleId = useId();
  const orderId = useId();
  const [order, setOrder] = useState<ContributionOrder>('RANDOM');
  const [seed] = useState(orderSeed);
  // The API does not tell which arguments the viewer marked: those marked during this visit.
  const [marked, setMarked] = useState<ReadonlySet<string>>(() => new Set());
  const { announce, region } = useAnnouncer();

  function handleOrderChange(next: ContributionOrder) {
    setOrder(next);
    announce(t('deliberation.order.changed', { order: t(`deliberation.order.${next}`) }));
  }

  function handleMarkedChange(argumentId: string, isMarked: boolean) {
    setMarked((previous) => {
      const next = new Set(previous);
      if (isMarked) next.add(argumentId);
      else next.delete(argumentId);
      return next;
    });
  }

  return (
    <section aria-labelledby={titleId} className="deliberation-part">
      <Heading level={headingLevel} id={titleId}>
        {t('deliberation.arguments.title')}
      </Heading>
      <OrderSelect
        id={orderId}
        label={t('deliberation.order.label')}
        value={order}
        onChange={handleOrderChange}
      />
      {open && viewer === null && <LoginPrompt label={t('deliberation.arguments.loginToArgue')} />}
      {!open && <p className="deliberation-closed">{t('deliberation.arguments.closed')}</p>}
      {region}
      <div className="argument-columns">
        {stances.map((stance) => (
          <ArgumentColumn
            key={stance}
            targetId={targetId}
            stance={stance}
            order={order}
            seed={seed}
            viewer={viewer}
            open={open}
            headingLevel={(headingLevel + 1) as HeadingLevel}
            marked={marked}
            onMarkedChange={handleMarkedChange}
            announce={announce}
          />
        ))}
      </div>
    </section>
  );
}

interface ArgumentColumnProps {
  targetId: string;
  stance: Stance;
  order: ContributionOrder;
  seed: number;
  viewer: Viewer | null | undefined;
  open: boolean;
  headingLevel: HeadingLevel;
  marked: ReadonlySet<string>;
  onMarkedChange: (argumentId: string, marked: boolean) => void;
  announce: (message: string) => void;
}

type ArgumentsTarget = Extract<NonNullable<TargetArgumentsQuery['node']>, { arguments: unknown }>;
type ArgumentsPage = ArgumentsTarget['arguments'];

/** Rewrites the target's page of arguments in a query result. */
function withPage(
  result: TargetArgumentsQuery,
  change: (page: ArgumentsPage) => ArgumentsPage,
): TargetArgumentsQuery {
  const node = result.node;
  if (!node || !('arguments' in node)) return result;
  return { ...result, node: { ...node, arguments: change(node.arguments) } };
}

/** One stance's arguments, a page at a time, and the form to add one. */
function ArgumentColumn({
  targetId,
  stance,
  order,
  seed,
  viewer,
  open,
  headingLevel,
  marked,
  onMarkedChange,
  announce,
}: ArgumentColumnProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { data, error, refetch, fetchMore, updateQuery } = useQuery(TargetArgumentsDocument, {
    variables: { targetId, stance, orderBy: order, seed, first: pageSize },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const page = data?.node && 'arguments' in data.node ? data.node.arguments : undefined;
  const label = t(`deliberation.arguments.${stance}`);

  async function handleLoadMore() {
    if (!page) return;
    setLoadingMore(true);
    setLoadMoreFailed(false);
    announce(t('deliberation.arguments.loadingMore'));
    let added = 0;
    try {
      await fetchMore({
        variables: { after: page.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const next =
            fetchMoreResult.node && 'arguments' in fetchMoreResult.node
              ? fetchMoreResult.node.arguments
              : undefined;
          if (!next) return previous;
          return withPage(previous, (current) => {
            // An argument posted during the visit is already shown at the top.
            const shown = new Set(current.edges.map((edge) => edge.node.id));
            const edges = next.edges.filter((edge) => !shown.has(edge.node.id));
            added = edges.length;
            return { ...next, edges: [...current.edges, ...edges] };
          });
        },
      });
      announce(t('deliberation.arguments.loadedMore', { count: added }));
    } catch {
      setLoadMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }

  function handlePosted(argument: ArgumentFieldsFragment) {
    updateQuery((_, { complete, previousData }) =>
      complete
        ? withPage(previousData, (current) => ({
            ...current,
            totalCount: current.totalCount + 1,
            edges: [{ __typename: 'ArgumentEdge', cursor: '', node: argument }, ...current.edges],
          }))
        : undefined,
    );
  }

  return (
    <section
      aria-labelledby={titleId}
      className={`argument-column argument-column--${stance.toLowerCase()}`}
    >
      <Heading level={headingLevel} id={titleId}>
        {label}
        {page && <span className="count"> ({page.totalCount})</span>}
      </Heading>
      {!page ? (
        error ? (
          <LoadProblem onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <p className="loading-status">{t('deliberation.arguments.loading')}</p>
        )
      ) : page.edges.length === 0 ? (
        <p className="argument-column__empty">{t(`deliberation.arguments.empty_${stance}`)}</p>
      ) : (
        <ul className="argument-list">
          {page.edges.map(({ node }) => (
            <ArgumentItem
              key={node.id}
              argument={node}
              viewer={viewer}
              open={open}
              marked={marked.has(node.id)}
              onMarkedChange={onMarkedChange}
              announce={announce}
            />
          ))}
        </ul>
      )}
      {loadMoreFailed && (
        <p role="alert" className="alert">
          {t('deliberation.arguments.loadMoreError')}
        </p>
      )}
      {page?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void handleLoadMore()}
          disabled={loadingMore}
        >
          {t('deliberation.arguments.more')}
          <span className="visually-hidden">
            {' '}
            {t(`deliberation.arguments.moreContext_${stance}`)}
          </span>
        </button>
      )}
      {open && viewer && (
        <PostArgumentForm
          targetId={targetId}
          stance={stance}
          stanceLabel={label}
          headingLevel={headingLevel}
          onPosted={handlePosted}
        />
      )}
    </section>
  );
}

interface PostArgumentFormProps {
  targetId: string;
  stance: Stance;
  stanceLabel: string;
  headingLevel: HeadingLevel;
  onPosted: (argument: ArgumentFieldsFragment) => void;
}

/** « Ajouter un argument pour / contre », folded until asked for. */
function PostArgumentForm({
  targetId,
  stance,
  stanceLabel,
  headingLevel,
  onPosted,
}: PostArgumentFormProps) {
  const { t } = useTranslation();
  const bodyId = useId();
  const check = useArgumentBodyCheck();
  const [postArgument] = useMutation(PostArgumentDocument);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<'body'>();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirmation, setConfirmation] = useState<string>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setConfirmation(undefined);
    const problem = check(body);
    if (problem) {
      showErrors([{ field: 'body', message: problem }]);
      return;
    }
    clearErrors();
    setBusy(true);
    try {
      const { data } = await postArgument({
        variables: { input: { targetId, stance, body: body.trim() } },
      });
      if (data) onPosted(data.postArgument);
      setBody('');
      setConfirmation(t('deliberation.arguments.posted', { stance: stanceLabel }));
    } catch (failure) {
      showErrors(
        formErrorsFrom(failure, {
          fields: { body: 'body' },
          networkMessage: t('forms.networkError'),
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="add-form">
      <summary>{t(`deliberation.arguments.add_${stance}`)}</summary>
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <ErrorSummary
          errors={errors}
          idFor={() => bodyId}
          ref={summaryRef}
          headingLevel={Math.min(headingLevel + 1, 4) as HeadingLevel}
        />
        <ArgumentBodyField
          id={bodyId}
          label={t(`deliberation.arguments.bodyLabel_${stance}`)}
          value={body}
          onChange={setBody}
          error={errorFor('body')}
        />
        <SubmitButton
          busy={busy}
          label={t('deliberation.arguments.submit')}
          busyLabel={t('deliberation.arguments.submitting')}
        />
        <StatusMessage message={confirmation} />
      </form>
    </details>
  );
}

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import {
  ParticipantHistoryDocument,
  type ParticipantHistoryQuery,
} from '../../gql/participants/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { appendPage } from '../../shared/append-page';
import { ActivityChart } from './activity-chart';
import { placeOf } from './participant-place';
import { type ParticipantsT, useParticipantsTranslation } from './participants-translations';

const pageSize = 20;

type Participant = NonNullable<ParticipantHistoryQuery['participant']>;
type ContributionItem = Participant['contributions']['edges'][number]['node'];
type ReceivedItem = Participant['responsesReceived']['edges'][number]['node'];

/** `/participants/:participantId` — a participant's public contributions, responses, activity. */
export function ParticipantPage() {
  const { t } = useParticipantsTranslation();
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const { participantId = '' } = useParams();
  const { data, error, refetch, fetchMore } = useQuery(ParticipantHistoryDocument, {
    variables: { id: participantId, first: pageSize },
  });
  const [loadingMore, setLoadingMore] = useState(false);

  if (!data) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={t('page.title')} />
        <LoadingStatus message={t('page.loading')} />
      </>
    );
  }
  const participant = data.participant;
  if (!participant) return <NotFoundPage message={t('page.notFound')} />;
  const { contributions, responsesReceived } = participant;

  async function handleMore() {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: contributions.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous.participant;
          const next = fetchMoreResult.participant;
          if (!before || !next) return previous;
          return {
            ...previous,
            participant: {
              ...before,
              contributions: appendPage(before.contributions, next.contributions),
            },
          };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <div className="participant-page">
      <PageTitle title={t('page.pageTitle', { name: participant.displayName })} />
      <Breadcrumb
        items={[{ label: tc('app.home'), to: '/' }, { label: participant.displayName }]}
      />
      <h1>{participant.displayName}</h1>
      <p className="participant-page__meta">
        {participant.officialTitle && (
          <>
            {t('page.official', { title: participant.officialTitle })}
            <br />
          </>
        )}
        {t('page.joined', { date: formatDate(participant.joinedAt, language) })}
      </p>
      <p className="lead">{t('page.intro')}</p>

      <ActivityChart days={participant.activity} />

      <section aria-labelledby="participant-contributions" className="participant-page__section">
        <h2 id="participant-contributions">{t('contributions.title')}</h2>
        <p role="status">{t('contributions.count', { count: contributions.totalCount })}</p>
        {contributions.edges.length === 0 ? (
          <p>{t('contributions.empty')}</p>
        ) : (
          <ol className="participant-page__list">
            {contributions.edges.map(({ node }) => (
              <ContributionEntry key={node.id} item={node} t={t} language={language} />
            ))}
          </ol>
        )}
        {contributions.pageInfo.hasNextPage && (
          <button
            type="button"
            className="button button--secondary"
            disabled={loadingMore}
            aria-busy={loadingMore}
            onClick={() => void handleMore().catch(() => undefined)}
          >
            {t('contributions.more')}
          </button>
        )}
      </section>

      <section aria-labelledby="participant-responses" className="participant-page__section">
        <h2 id="participant-responses">{t('responses.title')}</h2>
        <p>{t('responses.count', { count: responsesReceived.totalCount })}</p>
        {responsesReceived.edges.length === 0 ? (
          <p>{t('responses.empty')}</p>
        ) : (
          <ol className="participant-page__list">
            {responsesReceived.edges.map(({ node }) => (
              <ReceivedEntry key={node.id} item={node} t={t} language={language} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

interface EntryProps<T> {
  item: T;
  t: ParticipantsT;
  language: ReturnType<typeof useLanguage>;
}

/** One contribution: what it is and where (a link), its date, state and text (or tombstone). */
function ContributionEntry({ item, t, language }: EntryProps<ContributionItem>) {
  const node = item.contribution;
  const kind = t(`contributions.kind.${item.kind}`);
  let place = null;
  let on = null;
  let text: string | null = null;
  let status: string | null = null;
  let versions = 0;
  if (node?.__typename === 'Amendment') {
    place = placeOf(t, node);
    text = node.rationale;
    status = t(`contributions.amendmentStatus.${node.status}`);
    versions = node.revisions.length;
  } else if (node?.__typename === 'Proposal') {
    place = placeOf(t, node);
    status = t(`contributions.proposalStatus.${node.proposalStatus}`);
    versions = node.revisions.length;
  } else if (node?.__typename === 'Argument') {
    on = placeOf(t, node.target);
    text = node.body;
  } else if (node?.__typename === 'Source') {
    on = placeOf(t, node.target);
    text = node.title;
  }
  return (
    <li className="participant-page__item">
      <h3 className="participant-page__item-title">
        {place ? (
          <Link to={place.to}>{place.label}</Link>
        ) : (
          <>
            {kind}
            {node?.__typename === 'Argument' && ` (${t(`contributions.stance.${node.stance}`)})`}
          </>
        )}
      </h3>
      <p className="participant-page__item-meta">
        <time dateTime={item.createdAt}>
          {t('contributions.publishedOn', { date: formatDate(item.createdAt, language) })}
        </time>
        {status && <> · {t('contributions.statusLabel', { status })}</>}
        {versions > 1 && <> · {t('contributions.revisions', { count: versions })}</>}
      </p>
      {on && (
        <p>
          {t('place.on')} <Link to={on.to}>{on.label}</Link>
        </p>
      )}
      {item.hidden && text === null ? (
        <p className="participant-page__tombstone">
          <em>{t('contributions.hidden')}</em>
        </p>
      ) : (
        <>
          {item.hidden && (
            <p className="participant-page__tombstone">
              <em>{t('contributions.hidden')}</em>
            </p>
          )}
          {text && (
            <p className="participant-page__text" lang={contentLanguage}>
              {text}
            </p>
          )}
          {node?.__typename === 'Source' && node.url && (
            <p className="participant-page__url">
              <a href={node.url} rel="noopener noreferrer nofollow ugc">
                {node.url}
              </a>
            </p>
          )}
        </>
      )}
    </li>
  );
}

/** One official response received: its decision, what it answers, its text and revisions. */
function ReceivedEntry({ item, t, language }: EntryProps<ReceivedItem>) {
  const response = item.response;
  const node = item.contribution;
  const place =
    node?.__typename === 'Argument' ? placeOf(t, node.target) : node ? placeOf(t, node) : null;
  if (!response) return null;
  const decision = (value: typeof response.decision) => t(`responses.decisions.${value}`);
  return (
    <li className="participant-page__item">
      <h3 className="participant-page__item-title">
        {t('responses.decision', { decision: decision(response.decision) })}
      </h3>
      {place && (
        <p>
          {t('responses.answers')}{' '}
          <Link to={place.to}>
            {item.contributionKind === 'ARGUMENT'
              ? `${t('contributions.kind.ARGUMENT')} — ${place.label}`
              : place.label}
          </Link>
        </p>
      )}
      <p className="participant-page__item-meta">
        {t('responses.signed', {
          name: response.officialName,
          title: response.officialTitle,
          date: formatDate(response.publishedAt ?? item.publishedAt, language),
        })}
      </p>
      <p className="participant-page__text" lang={contentLanguage}>
        {response.body}
      </p>
      {response.revisions.length > 0 && (
        <details className="participant-page__revisions">
          <summary>{t('responses.revisions', { count: response.revisions.length })}</summary>
          <ol>
            {response.revisions.map((revision) => (
              <li key={revision.number}>
                <p>
                  {t('responses.revision', {
                    number: revision.number,
                    date: formatDate(revision.createdAt, language),
                    decision: decision(revision.decision),
                  })}
                </p>
                <p lang={contentLanguage}>{revision.body}</p>
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}

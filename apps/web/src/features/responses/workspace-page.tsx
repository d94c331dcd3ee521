import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import {
  OfficialWorkspaceDocument,
  WorkspaceObligationsDocument,
  type OfficialWorkspaceQuery,
} from '../../gql/responses/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { ObligationItem } from './obligation-item';
import { composerPath, obligationsPath } from './paths';
import { RequireOfficial } from './require-official';
import { useResponsesTranslation } from './responses-translations';
import { targetInfo } from './response-target';

type Consultation = OfficialWorkspaceQuery['consultations']['edges'][number]['node'];

/** `/espace-elu`: for officials, what they must answer and by when, overdue first. */
export function WorkspacePage() {
  return <RequireOfficial>{() => <Workspace />}</RequireOfficial>;
}

function Workspace() {
  const { t } = useResponsesTranslation();
  const { t: tc } = useTranslation();
  const { data, error, refetch } = useQuery(OfficialWorkspaceDocument, {
    fetchPolicy: 'cache-and-network',
  });

  if (!data) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={t('workspace.title')} />
        <LoadingStatus message={tc('status.loading')} />
      </>
    );
  }
  const consultations = data.consultations.edges
    .map((edge) => edge.node)
    .filter((consultation) => consultation.responsePolicy);

  return (
    <>
      <PageTitle title={t('workspace.title')} />
      <Breadcrumb items={[{ label: tc('app.home'), to: '/' }, { label: t('workspace.title') }]} />
      <h1>{t('workspace.title')}</h1>
      <p className="lead">{t('workspace.intro')}</p>
      {consultations.length === 0 ? (
        <p>{t('workspace.noObligations')}</p>
      ) : (
        consultations.map((consultation) => (
          <WorkspaceConsultation key={consultation.id} consultation={consultation} />
        ))
      )}
    </>
  );
}

function WorkspaceConsultation({ consultation }: { consultation: Consultation }) {
  const { t } = useResponsesTranslation();
  const { t: tc } = useTranslation();
  const { data, error, refetch } = useQuery(WorkspaceObligationsDocument, {
    variables: { slug: consultation.slug },
    fetchPolicy: 'cache-and-network',
  });
  const titleId = `espace-${consultation.id}`;
  const lists = data?.consultation;
  const groups = lists
    ? ([
        { key: 'overdueTitle', list: lists.overdue, answered: false },
        { key: 'pendingTitle', list: lists.pending, answered: false },
        { key: 'answeredTitle', list: lists.answered, answered: true },
      ] as const)
    : [];
  return (
    <section aria-labelledby={titleId} className="workspace-consultation">
      <h2 id={titleId} lang={contentLanguage}>
        {consultation.title}
      </h2>
      <p>
        <Link to={obligationsPath(consultation.slug)}>{t('workspace.publicPage')}</Link>
      </p>
      {!lists &&
        (error ? (
          <p role="alert" className="alert">
            {tc('status.errorBody')}{' '}
            <button type="button" className="button button--small" onClick={() => void refetch()}>
              {tc('status.retry')}
            </button>
          </p>
        ) : (
          <LoadingStatus message={tc('status.loading')} />
        ))}
      {groups.map((group) => (
        <section
          key={group.key}
          aria-labelledby={`${titleId}-${group.key}`}
          className="workspace-group"
        >
          <h3 id={`${titleId}-${group.key}`}>
            {t(`workspace.${group.key}`)}{' '}
            <span className="tabs__count">({group.list.totalCount})</span>
          </h3>
          {group.list.edges.length === 0 ? (
            <p>{t('workspace.nothing')}</p>
          ) : (
            <ul className="obligation-list">
              {group.list.edges.map(({ node }) => {
                const label = targetInfo(t, node.target).label;
                return (
                  <ObligationItem
                    key={node.id}
                    obligation={node}
                    headingLevel={4}
                    action={
                      <p className="obligation__action">
                        <Link
                          to={composerPath(node.target.id)}
                          className={
                            group.answered
                              ? 'button button--secondary button--small'
                              : 'button button--small'
                          }
                          aria-label={t(
                            group.answered ? 'workspace.reviseTo' : 'workspace.answerTo',
                            {
                              target: label,
                            },
                          )}
                        >
                          {t(group.answered ? 'workspace.revise' : 'workspace.answer')}
                        </Link>
                      </p>
                    }
                  />
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}

import './amendment-translations';

import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import { AmendmentPageDocument, type AmendmentDetailFragment } from '../../gql/amendments/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { StatusMessage } from '../../shared/ui/status-message';
import { articlePath, articleVersionPath, consultationPath } from '../consultations/paths';
import { ArgumentsPanel } from '../deliberation/arguments-panel';
import { SourcesList } from '../deliberation/sources-list';
import { VoteBox } from '../deliberation/vote-box';
import { useViewer } from '../identity/use-viewer';
import { ModerationNotice, ReportAction } from '../moderation/contribution-moderation';
import { OfficialResponsesSlot } from '../responses/official-responses-slot';
import { WorkshopProvenance } from '../workshops/workshop-provenance';
import { AmendmentAuthorActions } from './amendment-author-actions';
import { AmendmentPlace } from './amendment-place';
import { AmendmentRevisions } from './amendment-revisions';
import {
  AmendmentDiff,
  AmendmentStatusBadge,
  DiffLegend,
  ProposedBy,
  rangeTitle,
} from './amendment-ui';
import { amendmentPath } from './paths';

/**
 * `/consultations/:slug/articles/:articleId/amendements/:amendmentId`: one amendment — what it
 * changes, why, its status in plain words, its place in the text, its history, its author's
 * actions and the debate about it.
 */
export function AmendmentPage() {
  const { t } = useTranslation('amendments');
  const { t: tc } = useTranslation();
  const { slug = '', articleId = '', amendmentId = '' } = useParams();
  const location = useLocation();
  const { data, error, refetch } = useQuery(AmendmentPageDocument, {
    variables: { id: amendmentId },
    // Publications and votes change an amendment: show what is cached, then what is true now.
    fetchPolicy: 'cache-and-network',
  });

  if (!data) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={tc('status.loading')} />
        <LoadingStatus message={t('amendments.page.loading')} />
      </>
    );
  }
  const { amendment } = data;
  if (!amendment) {
    return (
      <NotFoundPage
        title={t('amendments.page.notFoundTitle')}
        message={t('amendments.page.notFoundBody')}
      />
    );
  }
  const { article } = amendment;
  if (article.id !== articleId || article.consultation.slug !== slug) {
    return (
      <Navigate replace to={amendmentPath(article.consultation.slug, article.id, amendment.id)} />
    );
  }
  const reproposed =
    typeof location.state === 'object' &&
    location.state !== null &&
    (location.state as { reproposed?: boolean }).reproposed === true;
  return <AmendmentView amendment={amendment} reproposed={reproposed} />;
}

function AmendmentView({
  amendment,
  reproposed,
}: {
  amendment: AmendmentDetailFragment;
  reproposed: boolean;
}) {
  const { t } = useTranslation('amendments');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const { viewer } = useViewer();
  const { article } = amendment;
  const slug = article.consultation.slug;
  const rules = article.consultation.rules;
  const articleNumber = tc('consultation.articleNumber', { number: article.number });
  const title = rangeTitle(t, amendment);
  const isAuthor = Boolean(viewer && amendment.author && viewer.id === amendment.author.id);
  const edited = amendment.revisions.some((revision) => revision.kind === 'EDITED');

  return (
    <div className="amendment-page">
      <PageTitle title={`${title} — ${articleNumber}`} />
      <Breadcrumb
        items={[
          { label: tc('app.home'), to: '/' },
          { label: article.consultation.title, to: consultationPath(slug), lang: contentLanguage },
          { label: articleNumber, to: articlePath(slug, article.id) },
          { label: t('amendments.page.breadcrumb') },
        ]}
      />
      <StatusMessage
        message={
          reproposed
            ? t('amendments.page.reproposed', { number: amendment.baseVersion.number })
            : undefined
        }
      />
      <p className="eyebrow">
        {t('amendments.page.eyebrow', { number: article.number })}{' '}
        <span lang={contentLanguage}>« {article.title} »</span>
      </p>
      <h1>{title}</h1>
      <div className="amendment-page__meta">
        <AmendmentStatusBadge status={amendment.status} incorporatedIn={amendment.incorporatedIn} />
        <p>
          <ProposedBy author={amendment.author} createdAt={amendment.createdAt} />
          {edited &&
            ` ${t('amendments.page.editedOn', { date: formatDate(amendment.updatedAt, language) })}`}
        </p>
        <WorkshopProvenance workshop={amendment.workshop} enteredBy={amendment.author} />
        <p>
          {t('amendments.page.onVersion', { number: amendment.baseVersion.number })}{' '}
          <Link to={articleVersionPath(slug, article.id, amendment.baseVersion.number)}>
            {t('amendments.page.readVersion', { number: amendment.baseVersion.number })}
          </Link>
        </p>
      </div>
      <StatusExplanation amendment={amendment} />
      <ModerationNotice contribution={amendment} viewer={viewer} />
      <ReportAction contribution={amendment} viewer={viewer} />
      <OfficialResponsesSlot targetId={amendment.id} headingLevel={2} />

      <section aria-labelledby="modification-titre">
        <h2 id="modification-titre">{t('amendments.page.changeTitle')}</h2>
        <DiffLegend />
        <AmendmentDiff segments={amendment.diff} className="amendment-diff--page" />
      </section>

      <section aria-labelledby="motifs-titre">
        <h2 id="motifs-titre">{t('amendments.page.rationaleTitle')}</h2>
        {amendment.rationale === null ? (
          <p>{t('amendments.hidden')}</p>
        ) : (
          <p className="amendment-page__rationale" lang={contentLanguage}>
            {amendment.rationale}
          </p>
        )}
      </section>

      <section aria-labelledby="place-titre">
        <h2 id="place-titre">{t('amendments.page.placeTitle')}</h2>
        <AmendmentPlace amendment={amendment} />
      </section>

      {isAuthor && <AmendmentAuthorActions amendment={amendment} open={rules.amendmentsOpen} />}

      <section aria-labelledby="historique-titre">
        <h2 id="historique-titre">{t('amendments.page.historyTitle')}</h2>
        <AmendmentRevisions revisions={amendment.revisions} />
      </section>

      <section aria-labelledby="debat-amendement-titre" className="deliberation">
        <h2 id="debat-amendement-titre">{t('amendments.page.debateTitle')}</h2>
        <VoteBox targetId={amendment.id} open={rules.votesOpen && amendment.status === 'OPEN'} />
        <ArgumentsPanel targetId={amendment.id} open={rules.argumentsOpen} />
        <SourcesList targetId={amendment.id} open={rules.argumentsOpen} />
      </section>

      <p className="back-link">
        <Link to={articlePath(slug, article.id)}>
          {t('amendments.page.backToArticle', { number: article.number })}
        </Link>
      </p>
    </div>
  );
}

/** What the status means for the reader, and where to go next. */
function StatusExplanation({ amendment }: { amendment: AmendmentDetailFragment }) {
  const { t } = useTranslation('amendments');
  const { article } = amendment;
  const slug = article.consultation.slug;
  const to = (id: string) => amendmentPath(slug, article.id, id);
  return (
    <>
      {amendment.status === 'INCORPORATED' && amendment.incorporatedIn && (
        <div className="notice notice--success">
          <p>
            {t('amendments.page.incorporated', { number: amendment.incorporatedIn.number })}{' '}
            <Link to={articleVersionPath(slug, article.id, amendment.incorporatedIn.number)}>
              {t('amendments.page.readVersion', { number: amendment.incorporatedIn.number })}
            </Link>
          </p>
        </div>
      )}
      {amendment.status === 'OUTDATED' && (
        <div className="notice notice--old-version">
          <p>{t('amendments.page.outdated', { number: article.currentVersion.number })}</p>
          {amendment.reproposedAs && (
            <p>
              <Link to={to(amendment.reproposedAs.id)}>{t('amendments.page.seeReproposed')}</Link>
            </p>
          )}
        </div>
      )}
      {amendment.status === 'WITHDRAWN' && (
        <div className="notice">
          <p>{t('amendments.page.withdrawn')}</p>
        </div>
      )}
      {amendment.status === 'REJECTED' && (
        <div className="notice">
          <p>{t('amendments.page.rejected')}</p>
        </div>
      )}
      {amendment.reproposedFrom && (
        <p>
          <Link to={to(amendment.reproposedFrom.id)}>{t('amendments.page.seeReproposedFrom')}</Link>
        </p>
      )}
    </>
  );
}

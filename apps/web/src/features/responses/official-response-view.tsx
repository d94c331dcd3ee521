import type { ResponseDecision } from '../../gql/responses/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { useResponsesTranslation } from './responses-translations';

export interface ResponseShown {
  decision: ResponseDecision;
  body: string;
  draft: boolean;
  officialName: string;
  officialTitle: string;
  publishedAt: string | null;
  updatedAt?: string;
  revisions: readonly {
    number: number;
    decision: ResponseDecision;
    body: string;
    createdAt: string;
    officialTitle: string;
  }[];
}

export interface OfficialResponseViewProps {
  response: ResponseShown;
  /** The heading level of « Réponse officielle », to fit the page's outline. */
  headingLevel?: 2 | 3 | 4 | 5;
}

/** Lines as paragraphs: the body keeps the official's line breaks. */
function Paragraphs({ text }: { text: string }) {
  return text.split(/\n{2,}/).map((paragraph, index) => <p key={index}>{paragraph}</p>);
}

/**
 * One official response, set apart from the contributions: « Réponse officielle » badge, the
 * decision in words, the body, the signature with the official's title, the date, and every
 * earlier published state in a disclosure.
 */
export function OfficialResponseView({ response, headingLevel = 3 }: OfficialResponseViewProps) {
  const { t } = useResponsesTranslation();
  const language = useLanguage();
  const Heading = `h${headingLevel}` as const;
  const decision = t(`decision.${response.decision}`);
  const last = response.revisions.at(-1);
  const revised = response.revisions.length > 1 && last;
  const earlier = response.revisions.slice(0, -1);

  return (
    <article
      className={
        response.draft ? 'official-response official-response--draft' : 'official-response'
      }
    >
      <Heading className="official-response__heading">
        <span className="official-response__badge">{t('badge')}</span>
        {response.draft && <span className="official-response__draft">{t('draftBadge')}</span>}
        <span
          className={`official-response__decision official-response__decision--${response.decision}`}
        >
          {t('decisionLabel', { decision })}
        </span>
      </Heading>
      <div className="official-response__body" lang={contentLanguage}>
        <Paragraphs text={response.body} />
      </div>
      <p className="official-response__signature">
        {t('signature', { name: response.officialName, title: response.officialTitle })}
      </p>
      <p className="official-response__date">
        {response.publishedAt
          ? t('publishedOn', { date: formatDate(response.publishedAt, language) })
          : t('notPublished')}
        {revised && `, ${t('revisedOn', { date: formatDate(last.createdAt, language) })}`}
      </p>
      {earlier.length > 0 && (
        <details className="official-response__revisions">
          <summary>{t('revisions', { count: response.revisions.length })}</summary>
          <ol>
            {[...response.revisions].reverse().map((revision) => (
              <li key={revision.number}>
                <p className="official-response__revision-title">
                  {t('revision', {
                    number: revision.number,
                    date: formatDate(revision.createdAt, language),
                    decision: t(`decision.${revision.decision}`),
                  })}
                </p>
                <div lang={contentLanguage}>
                  <Paragraphs text={revision.body} />
                </div>
                <p className="official-response__signature">
                  {t('signature', { name: response.officialName, title: revision.officialTitle })}
                </p>
              </li>
            ))}
          </ol>
        </details>
      )}
    </article>
  );
}

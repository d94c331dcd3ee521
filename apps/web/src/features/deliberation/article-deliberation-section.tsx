import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { ArticleDeliberationRulesDocument } from '../../gql/deliberation/graphql';
import { OfficialResponsesSlot } from '../responses/official-responses-slot';
import { ArgumentsPanel } from './arguments-panel';
import { SourcesList } from './sources-list';
import { VoteBox } from './vote-box';

/** « Débat » under an article's text: votes, arguments and sources, open as the phase allows. */
export function ArticleDeliberationSection({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(ArticleDeliberationRulesDocument, {
    variables: { id: articleId },
  });
  // Until the rules are known nothing is offered that may turn out closed; the API decides anyway.
  const rules = data?.article?.consultation.rules;
  if (!rules && !error) return null;
  return (
    <section aria-labelledby="debat-titre" id="debat" className="deliberation">
      <h2 id="debat-titre">{t('deliberation.title')}</h2>
      <p>{t('deliberation.intro')}</p>
      <OfficialResponsesSlot targetId={articleId} />
      <VoteBox targetId={articleId} open={rules?.votesOpen ?? true} />
      <ArgumentsPanel targetId={articleId} open={rules?.argumentsOpen ?? true} />
      <SourcesList targetId={articleId} open={rules?.argumentsOpen ?? true} />
    </section>
  );
}

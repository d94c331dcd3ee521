import { useQuery } from '@apollo/client/react';

import { OfficialResponsesDocument } from '../../gql/responses/graphql';
import { OfficialResponseView } from './official-response-view';
import { useResponsesTranslation } from './responses-translations';

export interface OfficialResponsesProps {
  /** The Article, Amendment, Proposal or Argument answered. */
  targetId: string;
  headingLevel?: 2 | 3 | 4 | 5;
}

/** The official responses to one contribution (nothing when there is none). */
export function OfficialResponses({ targetId, headingLevel }: OfficialResponsesProps) {
  const { t } = useResponsesTranslation();
  const { data, error } = useQuery(OfficialResponsesDocument, { variables: { id: targetId } });
  if (error && !data) {
    return (
      <p role="status" className="official-responses__error">
        {t('loadError')}
      </p>
    );
  }
  const node = data?.node;
  const responses = node && 'officialResponses' in node ? node.officialResponses : [];
  if (responses.length === 0) return null;
  return (
    <div className="official-responses">
      {responses.map((response) => (
        <OfficialResponseView key={response.id} response={response} headingLevel={headingLevel} />
      ))}
    </div>
  );
}

import { useQuery } from '@apollo/client/react';

import { ViewerDocument, type ViewerFieldsFragment } from '../../gql/graphql';

export type Viewer = ViewerFieldsFragment;

/**
 * Who is logged in, read once and kept in Apollo's cache: `undefined` while unknown, `null`
 * when anonymous. Login, logout and account deletion reset the store, which refetches it.
 */
export function useViewer() {
  const { data, error, refetch } = useQuery(ViewerDocument);
  const viewer: Viewer | null | undefined = data ? data.viewer : undefined;
  return { viewer, error, refetch };
}

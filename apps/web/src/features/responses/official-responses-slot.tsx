import { lazy, Suspense } from 'react';

import type { OfficialResponsesProps } from './official-responses';

// Loaded on demand, with the responses' words and styles: contributions' pages keep their
// first load.
const OfficialResponses = lazy(() =>
  import('./official-responses').then((module) => ({ default: module.OfficialResponses })),
);

/** « Réponse officielle » on a contribution, when it has one. */
export function OfficialResponsesSlot(props: OfficialResponsesProps) {
  return (
    <Suspense fallback={null}>
      <OfficialResponses {...props} />
    </Suspense>
  );
}

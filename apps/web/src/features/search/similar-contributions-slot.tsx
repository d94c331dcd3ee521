import { lazy, Suspense } from 'react';

import type { SimilarContributionsProps } from './similar-contributions';

// Loaded on demand with the search's words: the forms stay light until it is needed.
const Similar = lazy(() =>
  import('./similar-contributions').then((module) => ({ default: module.SimilarContributions })),
);

/** « Des contributions proches existent déjà », for a form being written. */
export function SimilarContributionsSlot(props: SimilarContributionsProps) {
  return (
    <Suspense fallback={null}>
      <Similar {...props} />
    </Suspense>
  );
}

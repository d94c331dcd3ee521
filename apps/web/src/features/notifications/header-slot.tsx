import { lazy, Suspense } from 'react';

// The bell and « Espace élu·e » load after the page, with their own words and styles.
const HeaderLinks = lazy(() =>
  import('./header-links').then((module) => ({ default: module.HeaderLinks })),
);

/** The header's notification bell and officials' link, loaded on demand. */
export function HeaderSlot() {
  return (
    <Suspense fallback={null}>
      <HeaderLinks />
    </Suspense>
  );
}

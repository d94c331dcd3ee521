import { lazy, Suspense } from 'react';
import { matchPath, useLocation } from 'react-router';

// The header's search box loads after the page, with its words and styles.
const HeaderSearch = lazy(() =>
  import('./header-search').then((module) => ({ default: module.HeaderSearch })),
);

/** The header's search box, on the pages of a consultation. */
export function SearchHeaderSlot() {
  const { pathname } = useLocation();
  const slug = matchPath({ path: '/consultations/:slug', end: false }, pathname)?.params.slug;
  if (!slug) return null;
  return (
    <Suspense fallback={null}>
      <HeaderSearch slug={slug} />
    </Suspense>
  );
}

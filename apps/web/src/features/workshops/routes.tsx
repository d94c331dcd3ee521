import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';

import { useViewer } from '../identity/use-viewer';

// Everything of the workshops is one chunk, loaded on demand (its words and styles with it);
// this module, in every first load, only names its route (see ./paths) and its door.
const load = () => import('./workshops-chunk');

/** The facilitators' workspace. */
export const workshopRoutes: RouteObject[] = [
  {
    path: 'espace-mediation',
    lazy: async () => ({ Component: (await load()).FacilitatorWorkspacePage }),
  },
];

const NavLink = lazy(async () => ({ default: (await load()).FacilitatorNavLink }));

/** The header's « Espace médiation » link: only facilitators load and see it. */
export function WorkshopsNavItem() {
  const { viewer } = useViewer();
  if (!viewer?.roles.includes('FACILITATOR')) return null;
  return (
    <Suspense fallback={null}>
      <NavLink />
    </Suspense>
  );
}

import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';

import { useViewer } from '../identity/use-viewer';

// Everything of moderation is one chunk, loaded on demand (its words and styles with it); this
// module, in every first load, only names its routes (see ./paths) and its two small doors.
const load = () => import('./moderation-chunk');
type Part = keyof Awaited<ReturnType<typeof load>>;
const route = (path: string, part: Part): RouteObject => ({
  path,
  lazy: async () => ({ Component: (await load())[part] }),
});
const component = (part: Part) => lazy(async () => ({ default: (await load())[part] }));

/** The queue, the public log of a consultation and the two appeal forms. */
export const moderationRoutes: RouteObject[] = [
  route('moderation', 'ModerationQueuePage'),
  route('consultations/:slug/moderation', 'ModerationLogPage'),
  route('consultations/:slug/moderation/recours/:contributionId', 'AppealPage'),
  route('compte/recours', 'AppealPage'),
];

const NavLink = component('ModerationNavLink');
const Banner = component('SuspensionBanner');

/** The header's « Modération » link: only moderators load and see it. */
export function ModerationNavItem() {
  const { viewer } = useViewer();
  if (!viewer?.roles.includes('MODERATOR')) return null;
  return (
    <Suspense fallback={null}>
      <NavLink />
    </Suspense>
  );
}

/** On the account page of a suspended participant: the way to appeal (loaded only then). */
export function SuspensionNotice({ suspendedUntil }: { suspendedUntil?: string | null }) {
  if (!suspendedUntil) return null;
  return (
    <Suspense fallback={null}>
      <Banner />
    </Suspense>
  );
}

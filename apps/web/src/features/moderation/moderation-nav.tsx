import { NavLink } from 'react-router';

import { useModerationTranslation } from './moderation-translations';
import { moderationQueuePath } from './paths';

/** « Modération » in the main navigation, for moderators only (loaded for them alone). */
export function ModerationNavLink() {
  const { t } = useModerationTranslation();
  return (
    <li>
      <NavLink to={moderationQueuePath}>{t('queue.nav')}</NavLink>
    </li>
  );
}

import { NavLink } from 'react-router';

import { facilitatorWorkspacePath } from './paths';
import { useWorkshopsTranslation } from './workshops-translations';

/** « Espace médiation » in the main navigation, for facilitators only (loaded for them alone). */
export function FacilitatorNavLink() {
  const { t } = useWorkshopsTranslation();
  return (
    <li>
      <NavLink to={facilitatorWorkspacePath}>{t('nav')}</NavLink>
    </li>
  );
}

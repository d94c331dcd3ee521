import './workshop-provenance.css';

import type { Language } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { useWorkshopsTranslation } from './workshops-translations';

export interface WorkshopProvenanceProps {
  /** The contribution's workshop; nothing is shown for a contribution written online. */
  workshop: { title: string; place: string; heldOn: string } | null | undefined;
  /** Who entered it: the contribution's author, a facilitator. */
  enteredBy?: { displayName: string } | null;
}

/** The day of a workshop (`2026-03-17`) as people read it. */
export function workshopDay(heldOn: string, language: Language): string {
  return formatDate(`${heldOn}T12:00:00Z`, language);
}

/**
 * « Contribution issue de l’atelier « Citoyenneté » — Châteauroux, 17 mars 2026, saisie par
 * Camille » on an amendment, a proposal or an argument entered for a workshop.
 */
export function WorkshopProvenance({ workshop, enteredBy }: WorkshopProvenanceProps) {
  const { t } = useWorkshopsTranslation();
  const language = useLanguage();
  if (!workshop) return null;
  const values = {
    title: workshop.title,
    place: workshop.place,
    date: workshopDay(workshop.heldOn, language),
    facilitator: enteredBy?.displayName,
  };
  return (
    <p className="workshop-provenance">
      <svg
        className="workshop-provenance__icon"
        viewBox="0 0 24 24"
        aria-hidden="true"
        focusable="false"
      >
        <path
          fill="currentColor"
          d="M12 12a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm-6.5 1a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Zm13 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM12 13.5c-3.3 0-6 1.8-6 4V20h12v-2.5c0-2.2-2.7-4-6-4Zm-6.6.6C3.4 14.4 2 15.6 2 17v3h2.5v-2.5c0-1.3.3-2.4.9-3.4Zm13.2 0c.6 1 .9 2.1.9 3.4V20H22v-3c0-1.4-1.4-2.6-3.4-2.9Z"
        />
      </svg>
      <span>
        {enteredBy ? t('provenance.label', values) : t('provenance.labelNoFacilitator', values)}
      </span>
    </p>
  );
}

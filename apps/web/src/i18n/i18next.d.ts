import 'i18next';

import type deliberationFr from '../features/deliberation/i18n/fr.json';
import type planAdminFr from '../features/plan-admin/i18n/fr.json';
import type fr from './fr.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The administration's and the debate's words are added when their lazy parts load (see
    // plan-admin/admin-translations, deliberation/deliberation-translations).
    resources: { translation: typeof fr & typeof planAdminFr & typeof deliberationFr };
  }
}

import 'i18next';

import type amendmentsFr from '../features/amendments/i18n/fr.json';
import type deliberationFr from '../features/deliberation/i18n/fr.json';
import type planAdminFr from '../features/plan-admin/i18n/fr.json';
import type proposalsFr from '../features/proposals/i18n/fr.json';
import type fr from './fr.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The administration's and the debate's words are added when their lazy parts load (see
    // plan-admin/admin-translations, deliberation/deliberation-translations). The amendments'
    // and the proposals' come in their own namespaces (amendments/amendment-translations,
    // proposals/proposal-translations), which keeps each `t` small enough to type-check.
    resources: {
      translation: typeof fr & typeof planAdminFr & typeof deliberationFr;
      amendments: typeof amendmentsFr;
      proposals: typeof proposalsFr;
    };
  }
}

import type { RoleName } from '../identity/entities/participant.entity.js';

/** The demo accounts of the design; all share the password below. */
export const DEMO_PASSWORD = 'amendo-demo-2026';

export interface DemoAccount {
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly RoleName[];
  readonly officialTitle?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@amendo.test', displayName: 'Équipe Amendo (admin)', roles: ['CITIZEN', 'ADMIN'] },
  {
    email: 'elu@amendo.test',
    displayName: 'Claire Vasseur',
    roles: ['CITIZEN', 'OFFICIAL'],
    officialTitle: 'Vice-présidente déléguée au numérique',
  },
  { email: 'moderation@amendo.test', displayName: 'Modération 1', roles: ['CITIZEN', 'MODERATOR'] },
  {
    email: 'moderation2@amendo.test',
    displayName: 'Modération 2',
    roles: ['CITIZEN', 'MODERATOR'],
  },
  {
    email: 'mediation@amendo.test',
    displayName: 'Médiation numérique',
    roles: ['CITIZEN', 'FACILITATOR'],
  },
  { email: 'citoyen1@amendo.test', displayName: 'Camille', roles: ['CITIZEN'] },
  { email: 'citoyen2@amendo.test', displayName: 'Yanis B.', roles: ['CITIZEN'] },
  { email: 'citoyen3@amendo.test', displayName: 'Louise', roles: ['CITIZEN'] },
  { email: 'citoyen4@amendo.test', displayName: 'Théo du 29', roles: ['CITIZEN'] },
  { email: 'citoyen5@amendo.test', displayName: 'Awa', roles: ['CITIZEN'] },
];

import { Foundation1764446400000 } from './1764446400000-foundation.js';
import { PhaseSettingsAndPlanLimits1764532800000 } from './1764532800000-phase-settings-and-plan-limits.js';
import { Accounts1764540000000 } from './1764540000000-accounts.js';
import { AmendmentsAndProposals1764600000000 } from './1764600000000-amendments-and-proposals.js';
import { Deliberation1764700000000 } from './1764700000000-deliberation.js';
import { ResponsesAndNotifications1764800000000 } from './1764800000000-responses-and-notifications.js';
import { Moderation1764900000000 } from './1764900000000-moderation.js';
import { Imports1765000000000 } from './1765000000000-imports.js';
import { OpenData1765100000000 } from './1765100000000-open-data.js';
import { Search1765200000000 } from './1765200000000-search.js';
import { Workshops1765300000000 } from './1765300000000-workshops.js';
import { ParticipantHistory1765420000000 } from './1765420000000-participant-history.js';

/** Every migration, in order. A new migration is added here and reviewed by hand. */
export const migrations = [
  Foundation1764446400000,
  PhaseSettingsAndPlanLimits1764532800000,
  Accounts1764540000000,
  AmendmentsAndProposals1764600000000,
  Deliberation1764700000000,
  ResponsesAndNotifications1764800000000,
  Moderation1764900000000,
  Imports1765000000000,
  OpenData1765100000000,
  Search1765200000000,
  Workshops1765300000000,
  ParticipantHistory1765420000000,
];

import { registerEnumType } from '@nestjs/graphql';
import type { Phase } from '../consultation-phase.js';

export const ConsultationPhase = {
  DRAFT: 'DRAFT',
  OPEN: 'OPEN',
  CLOSED: 'CLOSED',
  ANSWERED: 'ANSWERED',
} as const satisfies Record<Phase, Phase>;

registerEnumType(ConsultationPhase, {
  name: 'ConsultationPhase',
  description: 'DRAFT → OPEN → CLOSED → ANSWERED, derived from the consultation dates.',
});

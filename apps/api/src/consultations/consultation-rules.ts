import { type Phase, type PhaseDates, phaseAt } from './consultation-phase.js';

/** The settings an admin sets on a consultation: what its OPEN phase allows, and its limits. */
export interface PhaseSettings {
  readonly amendmentsOpen: boolean;
  readonly proposalsOpen: boolean;
  readonly votesOpen: boolean;
  readonly argumentsOpen: boolean;
  /** At most this many OPEN amendments per participant and article (1 to 1,000). */
  readonly maxOpenAmendmentsPerArticle: number;
}

export const DEFAULT_PHASE_SETTINGS: PhaseSettings = {
  amendmentsOpen: true,
  proposalsOpen: true,
  votesOpen: true,
  argumentsOpen: true,
  maxOpenAmendmentsPerArticle: 10,
};

/** What a consultation allows at a given instant: its phase combined with its settings. */
export interface ConsultationRules {
  readonly phase: Phase;
  /** Citizens may propose amendments (and withdraw theirs). */
  readonly amendmentsOpen: boolean;
  /** Citizens may propose new articles. */
  readonly proposalsOpen: boolean;
  /** Citizens may vote (and change or retract their vote). */
  readonly votesOpen: boolean;
  /** Citizens may post arguments and sources, and mark arguments convincing. */
  readonly argumentsOpen: boolean;
}

/**
 * The one place that says what a consultation allows now. Contributions are possible only while
 * the consultation is OPEN (derived from its dates when read, so it opens and closes on time
 * without a scheduled job), and then only those its settings leave open.
 */
export function rulesFor(
  consultation: PhaseDates & PhaseSettings,
  now: Date = new Date(),
): ConsultationRules {
  const phase = phaseAt(consultation, now);
  const open = phase === 'OPEN';
  return {
    phase,
    amendmentsOpen: open && consultation.amendmentsOpen,
    proposalsOpen: open && consultation.proposalsOpen,
    votesOpen: open && consultation.votesOpen,
    argumentsOpen: open && consultation.argumentsOpen,
  };
}

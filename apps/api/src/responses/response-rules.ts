/** Decisions an official can give, in the contract's order. */
export const DECISIONS = [
  'ACCEPTED',
  'PARTIALLY_ACCEPTED',
  'REJECTED',
  'UNDER_STUDY',
  'NOTED',
] as const;
export type DecisionName = (typeof DECISIONS)[number];

/** How a notification or an email says a decision (of "la réponse"). */
export const DECISION_FR: Record<DecisionName, string> = {
  ACCEPTED: 'acceptée',
  PARTIALLY_ACCEPTED: 'acceptée en partie',
  REJECTED: 'rejetée',
  UNDER_STUDY: 'à l’étude',
  NOTED: 'prise en compte',
};

export const BODY_MAX_LENGTH = 20_000;

/**
 * A REJECTED response gives its reasons: at least {@link REJECTED_MIN_LENGTH} characters making
 * at least {@link REJECTED_MIN_SENTENCES} sentences (a sentence: words ending with . ! ? or …,
 * at least three words of two letters or more — "Non. Non." is not two sentences).
 */
export const REJECTED_MIN_LENGTH = 200;
export const REJECTED_MIN_SENTENCES = 2;

/** No control characters but tabs and line breaks. */
const NO_CONTROL = /^(?:[\t\n]|[^\p{Cc}])*$/u;

/** The body as stored: line breaks as \n, no trailing spaces at the ends. */
export function normaliseBody(body: string): string {
  return body.replace(/\r\n?/g, '\n').trim();
}

export function sentenceCount(text: string): number {
  return text
    .split(/[.!?…]+(?=\s|$)/u)
    .filter((sentence) => (sentence.match(/\p{L}{2,}/gu) ?? []).length >= 3).length;
}

/**
 * What is wrong with a (normalised) body for this decision, as a message; null if nothing. A
 * draft may be unfinished: the reasons a REJECTED needs are checked when it is published.
 */
export function bodyProblem(
  decision: DecisionName,
  body: string,
  publishing = true,
): string | null {
  const length = [...body].length;
  if (length === 0) return 'La réponse doit avoir un texte.';
  if (length > BODY_MAX_LENGTH)
    return `La réponse est trop longue : ${BODY_MAX_LENGTH.toLocaleString('fr-FR')} caractères au plus.`;
  if (!NO_CONTROL.test(body)) return 'La réponse contient des caractères de contrôle.';
  if (
    publishing &&
    decision === 'REJECTED' &&
    (length < REJECTED_MIN_LENGTH || sentenceCount(body) < REJECTED_MIN_SENTENCES)
  ) {
    return `Un rejet doit être motivé : expliquez vos raisons en ${REJECTED_MIN_SENTENCES} phrases au moins et ${REJECTED_MIN_LENGTH} caractères au moins (ici ${length}).`;
  }
  return null;
}

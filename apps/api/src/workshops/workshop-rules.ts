import { WorkshopException } from './workshop.exception.js';

export const WORKSHOP_LIMITS = {
  title: 200,
  place: 200,
  /** A workshop is a room of people: more than this is a typing error. */
  participantCount: 10_000,
  /** A workshop of the diagnostic phase may precede the online opening by up to a year. */
  daysBeforeOpening: 366,
} as const;

/** No control characters, not even line breaks: titles and places are one line. */
const CONTROL = /\p{Cc}/u;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface WorkshopFields {
  readonly title: string;
  readonly place: string;
  /** `YYYY-MM-DD`. */
  readonly heldOn: string;
  readonly participantCount: number;
}

/** The calendar day of `instant` in Paris, `YYYY-MM-DD` (workshops are held in the region). */
export function parisDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** `8 mars 2026` */
export function dayFr(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function oneLine(field: 'title' | 'place', label: string, value: string): string {
  const text = value.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (text === '') throw WorkshopException.badField(field, `${label} est vide : saisissez-le.`);
  if (CONTROL.test(text))
    throw WorkshopException.badField(field, `${label} contient des caractères de contrôle.`);
  const max = WORKSHOP_LIMITS[field];
  if ([...text].length > max)
    throw WorkshopException.badField(
      field,
      `${label} compte ${[...text].length} caractères ; ${max} au plus.`,
    );
  return text;
}

/**
 * Checks and normalises what a facilitator records: a one-line title and place, a real day that
 * has come (a workshop is recorded once held, with its attendance) and is not absurdly older than
 * the consultation, and an attendance of 1 to 10,000 people. BAD_USER_INPUT names the field.
 */
export function workshopFieldsOf(
  input: WorkshopFields,
  context: { readonly now: Date; readonly opensAt: Date | null },
): WorkshopFields {
  const title = oneLine('title', 'Le titre de l’atelier', input.title);
  const place = oneLine('place', 'Le lieu de l’atelier', input.place);
  const match = ISO_DAY.exec(input.heldOn.trim());
  const day = input.heldOn.trim();
  const valid =
    match !== null && !Number.isNaN(Date.parse(`${day}T12:00:00Z`)) && addDays(day, 0) === day;
  if (!valid) {
    throw WorkshopException.badField(
      'heldOn',
      'La date de l’atelier doit être un jour du calendrier, au format AAAA-MM-JJ (par exemple 2026-03-17).',
    );
  }
  const today = parisDay(context.now);
  if (day > today) {
    throw WorkshopException.badField(
      'heldOn',
      `La date de l’atelier (${dayFr(day)}) est dans le futur : enregistrez l’atelier une fois qu’il a eu lieu.`,
    );
  }
  if (context.opensAt) {
    const earliest = addDays(parisDay(context.opensAt), -WORKSHOP_LIMITS.daysBeforeOpening);
    if (day < earliest) {
      throw WorkshopException.badField(
        'heldOn',
        `La date de l’atelier (${dayFr(day)}) précède de plus d’un an l’ouverture de la consultation : vérifiez l’année.`,
      );
    }
  }
  const count = input.participantCount;
  if (!Number.isInteger(count) || count < 1 || count > WORKSHOP_LIMITS.participantCount) {
    throw WorkshopException.badField(
      'participantCount',
      `Le nombre de participants doit être un nombre entier de 1 à ${WORKSHOP_LIMITS.participantCount.toLocaleString('fr-FR')}.`,
    );
  }
  return { title, place, heldOn: day, participantCount: count };
}

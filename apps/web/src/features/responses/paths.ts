import { consultationPath } from '../consultations/paths';

/** `/consultations/:slug/reponses`: « Réponses et engagements », the public tracker. */
export function obligationsPath(slug: string): string {
  return `${consultationPath(slug)}/reponses`;
}

/** `/espace-elu`: what an official must answer, and by when. */
export const workspacePath = '/espace-elu';

/** `/espace-elu/repondre/:targetId`: the composer for one contribution. */
export function composerPath(targetId: string): string {
  return `${workspacePath}/repondre/${encodeURIComponent(targetId)}`;
}

/** `?etat=en-retard` on the public page: the list filtered by state. */
export const stateParam = 'etat';

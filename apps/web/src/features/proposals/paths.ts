import { consultationPath } from '../consultations/paths';

/** `/consultations/:slug/propositions/:proposalId`: one proposed article. */
export function proposalPath(slug: string, proposalId: string): string {
  return `${consultationPath(slug)}/propositions/${encodeURIComponent(proposalId)}`;
}

/** `/consultations/:slug/parties/:sectionId/propositions`: the proposals of one section. */
export function sectionProposalsPath(slug: string, sectionId: string): string {
  return `${consultationPath(slug)}/parties/${encodeURIComponent(sectionId)}/propositions`;
}

/** `/consultations/:slug/parties/:sectionId/nouvel-article`: proposing a new article there. */
export function proposeArticlePath(slug: string, sectionId: string): string {
  return `${consultationPath(slug)}/parties/${encodeURIComponent(sectionId)}/nouvel-article`;
}

/** Where the consultation page lists the proposals of each section. */
export const proposalsAnchor = 'propositions';

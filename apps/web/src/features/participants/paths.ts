/** `/participants/:participantId`: a participant's public history. */
export function participantPath(participantId: string): string {
  return `/participants/${encodeURIComponent(participantId)}`;
}

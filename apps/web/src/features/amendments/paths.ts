import { articlePath } from '../consultations/paths';

/** `/consultations/:slug/articles/:articleId/amendements/:amendmentId`: one amendment. */
export function amendmentPath(slug: string, articleId: string, amendmentId: string): string {
  return `${articlePath(slug, articleId)}/amendements/${encodeURIComponent(amendmentId)}`;
}

/** `?ligne=4` on the article page: its list of amendments shows those touching line 4. */
export const lineFilterParam = 'ligne';

/** The id of the list of amendments on the article page (and of its heading, focused on demand). */
export const amendmentListId = 'amendements';

/** Navigation state of a margin marker: the list it filtered takes the focus. */
export interface AmendmentListFocus {
  readonly focusAmendments: true;
}

export function wantsAmendmentListFocus(state: unknown): state is AmendmentListFocus {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as Partial<AmendmentListFocus>).focusAmendments === true
  );
}

/** The id of the « Proposer une modification » form's heading, focused when the form opens. */
export const composerTitleId = 'proposer-modification';

/** The id of the « Proposer une modification » button, which gets the focus back on closing. */
export const proposeButtonId = 'proposer-modification-bouton';

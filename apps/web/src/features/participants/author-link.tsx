import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { participantPath } from './paths';

export interface AuthorLinkProps {
  /** The author, or null for a deleted account (then `deletedLabel` is shown, as plain text). */
  author: { id: string; displayName: string } | null;
  deletedLabel?: string;
  /** Ignored: `<Trans>` passes the translation's inner text; the name always comes from `author`. */
  children?: ReactNode;
}

/**
 * An author's name, linking to their public history. Inside a translation it is the
 * `<author></author>` component of `<Trans>`: the name is never interpolated into markup.
 */
export function AuthorLink({ author, deletedLabel }: AuthorLinkProps) {
  if (!author) return <>{deletedLabel}</>;
  return (
    <Link to={participantPath(author.id)} className="author-link">
      {author.displayName}
    </Link>
  );
}

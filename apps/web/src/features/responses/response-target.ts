import type { ResponsesT } from './responses-translations';

import type { ObligationFieldsFragment, ResponseTargetQuery } from '../../gql/responses/graphql';
import { amendmentPath } from '../amendments/paths';
import { articlePath } from '../consultations/paths';
import { proposalPath } from '../proposals/paths';

type Target = ObligationFieldsFragment['target'] | NonNullable<ResponseTargetQuery['node']>;
type ArgumentTarget = Extract<Target, { __typename: 'Argument' }>['target'];

export interface TargetInfo {
  /** « Amendement aux lignes 3 à 4 de l’article 2 ». */
  label: string;
  /** Who wrote it, when it has an author. */
  author?: string;
  /** Its text, or an excerpt, in the content's language. */
  excerpt?: string;
  /** The page where it is read. */
  path?: string;
  slug?: string;
}

const excerptLength = 180;

function excerptOf(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > excerptLength ? `${flat.slice(0, excerptLength - 1)}…` : flat;
}

function amendmentLabel(
  t: ResponsesT,
  amendment: { lineStart: number; lineEnd: number; article: { number: number } },
): string {
  const values = {
    from: amendment.lineStart,
    to: amendment.lineEnd,
    number: amendment.article.number,
  };
  if (amendment.lineEnd < amendment.lineStart) return t('target.insertion', values);
  if (amendment.lineEnd === amendment.lineStart) return t('target.amendmentOneLine', values);
  return t('target.amendment', values);
}

/** What an argument is about: its label and its page. */
function argumentOn(t: ResponsesT, on: ArgumentTarget): TargetInfo {
  switch (on.__typename) {
    case 'Article':
      return {
        label: t('target.article', { number: on.number }),
        path: articlePath(on.consultation.slug, on.id),
        slug: on.consultation.slug,
      };
    case 'Amendment': {
      const slug = on.article.consultation.slug;
      return {
        label: amendmentLabel(t, on),
        path: amendmentPath(slug, on.article.id, on.id),
        slug,
      };
    }
    case 'Proposal': {
      const slug = on.section.consultation.slug;
      return {
        label: on.title ? t('target.proposal', { title: on.title }) : t('target.proposalUntitled'),
        path: proposalPath(slug, on.id),
        slug,
      };
    }
    default:
      return { label: t('target.unknown') };
  }
}

/** Names a contribution that calls for a response and says where to read it. */
export function targetInfo(t: ResponsesT, target: Target): TargetInfo {
  const authorName = (author: { displayName: string } | null) =>
    author?.displayName ?? t('target.deletedAuthor');
  switch (target.__typename) {
    case 'Article':
      return {
        label: t('target.article', { number: target.number }),
        path: articlePath(target.consultation.slug, target.id),
        slug: target.consultation.slug,
      };
    case 'Amendment': {
      const slug = target.article.consultation.slug;
      return {
        label: amendmentLabel(t, target),
        author: authorName(target.author),
        excerpt: excerptOf(target.proposedText),
        path: amendmentPath(slug, target.article.id, target.id),
        slug,
      };
    }
    case 'Proposal': {
      const slug = target.section.consultation.slug;
      return {
        label: target.title
          ? t('target.proposal', { title: target.title })
          : t('target.proposalUntitled'),
        author: authorName(target.author),
        path: proposalPath(slug, target.id),
        slug,
      };
    }
    case 'Argument': {
      const on = argumentOn(t, target.target);
      return {
        label: t(target.stance === 'FOR' ? 'target.argumentFOR' : 'target.argumentAGAINST', {
          on: on.label,
        }),
        author: authorName(target.author),
        excerpt: excerptOf(target.body),
        path: on.path,
        slug: on.slug,
      };
    }
    default:
      return { label: t('target.unknown') };
  }
}

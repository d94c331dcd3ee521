import type { ReactNode } from 'react';
import { Link } from 'react-router';

import type { ObligationFieldsFragment } from '../../gql/responses/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { targetInfo } from './response-target';
import { useResponsesTranslation } from './responses-translations';

export interface ObligationItemProps {
  obligation: ObligationFieldsFragment;
  /** What the official may do (the workspace's « Répondre »). */
  action?: ReactNode;
  headingLevel?: 3 | 4;
}

/** One contribution that calls for a response: what it is, its state in words, by when. */
export function ObligationItem({ obligation, action, headingLevel = 3 }: ObligationItemProps) {
  const { t } = useResponsesTranslation();
  const language = useLanguage();
  const target = targetInfo(t, obligation.target);
  const Heading = `h${headingLevel}` as const;
  const late =
    obligation.answeredAt !== null &&
    obligation.dueAt !== null &&
    obligation.answeredAt > obligation.dueAt;

  return (
    <li className={`obligation obligation--${obligation.state}`}>
      <Heading className="obligation__title">
        {target.path ? <Link to={target.path}>{target.label}</Link> : target.label}
      </Heading>
      {target.excerpt && (
        <p className="obligation__excerpt" lang={contentLanguage}>
          {target.excerpt}
        </p>
      )}
      <p className="obligation__meta">
        <span className={`obligation__state obligation__state--${obligation.state}`}>
          {t(`state.${obligation.state}`)}
        </span>
        {target.author && <span>{t('target.by', { name: target.author })}</span>}
        <span>{t('public.votes', { count: obligation.votes })}</span>
        <span>
          {obligation.dueAt
            ? t('public.due', { date: formatDate(obligation.dueAt, language) })
            : t('public.noDue')}
        </span>
        {obligation.answeredAt && (
          <span>
            {t(late ? 'public.answeredLateAt' : 'public.answeredAt', {
              date: formatDate(obligation.answeredAt, language),
            })}
          </span>
        )}
      </p>
      {action}
    </li>
  );
}

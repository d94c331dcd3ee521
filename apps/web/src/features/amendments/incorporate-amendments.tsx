import './amendment-translations';

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { IncorporableAmendmentFragment } from '../../gql/graphql';
import { AmendmentDiff, DiffLegend, ProposedBy, rangeTitle, VotesSummary } from './amendment-ui';
import { linesInWords } from './amendment-revisions';
import type { MergeResult, Reanchoring } from './merge-amendments';
import { amendmentPath } from './paths';

export interface IncorporateAmendmentsProps {
  slug: string;
  articleId: string;
  /** The article's open amendments, all on the current version. */
  amendments: readonly IncorporableAmendmentFragment[];
  chosen: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  /** The chosen amendments applied to the current text, or why they cannot be. */
  merge: MergeResult;
  /** The text differs from that merge: the administrator edited it. */
  edited: boolean;
  /** Puts the merge in the text field (replacing the administrator's edits). */
  onApply: () => void;
}

/**
 * The publish page's « Amendements à intégrer »: each open amendment with its words, a checkbox
 * to incorporate it. Chosen amendments that do not overlap are applied to the new text at once;
 * otherwise the administrator is told which ones clash and writes the text.
 */
export function IncorporateAmendments({
  slug,
  articleId,
  amendments,
  chosen,
  onToggle,
  merge,
  edited,
  onApply,
}: IncorporateAmendmentsProps) {
  const { t } = useTranslation('amendments');
  const byId = new Map(amendments.map((amendment) => [amendment.id, amendment]));
  const name = (id: string) => {
    const amendment = byId.get(id);
    return amendment ? rangeTitle(t, amendment) : '';
  };

  return (
    <fieldset className="incorporate">
      <legend className="incorporate__legend">
        {t('amendments.incorporate.legend', { count: amendments.length })}
      </legend>
      {amendments.length === 0 ? (
        <p>{t('amendments.incorporate.none')}</p>
      ) : (
        <>
          <p className="field__hint">{t('amendments.incorporate.hint')}</p>
          <DiffLegend />
          <ul className="incorporate__list">
            {amendments.map((amendment) => {
              const inputId = `integrer-${amendment.id}`;
              return (
                <li key={amendment.id} className="incorporate__item">
                  <label className="checkbox" htmlFor={inputId}>
                    <input
                      id={inputId}
                      type="checkbox"
                      checked={chosen.has(amendment.id)}
                      onChange={(event) => onToggle(amendment.id, event.target.checked)}
                      aria-describedby={`${inputId}-details`}
                    />
                    <span className="incorporate__title">
                      {t('amendments.incorporate.choose', { title: rangeTitle(t, amendment) })}
                    </span>
                  </label>
                  <div id={`${inputId}-details`} className="incorporate__details">
                    <p className="amendment-card__meta">
                      <span>
                        <ProposedBy author={amendment.author} createdAt={amendment.createdAt} />
                      </span>
                      <span>
                        <VotesSummary votes={amendment.votes} />
                      </span>
                    </p>
                    <AmendmentDiff segments={amendment.diff} />
                  </div>
                  <p className="incorporate__link">
                    <Link to={amendmentPath(slug, articleId, amendment.id)}>
                      {t('amendments.incorporate.open', { title: rangeTitle(t, amendment) })}
                    </Link>
                  </p>
                </li>
              );
            })}
          </ul>
          <div role="status" className="incorporate__status">
            {chosen.size > 0 &&
              (!merge.ok ? (
                <p className="incorporate__warning">
                  {merge.reason === 'overlap'
                    ? t('amendments.incorporate.overlap', {
                        first: name(merge.ids[0]),
                        second: name(merge.ids[1]),
                      })
                    : t('amendments.incorporate.hidden', { title: name(merge.ids[0]) })}
                </p>
              ) : edited ? (
                <p>{t('amendments.incorporate.edited')}</p>
              ) : (
                <p>{t('amendments.incorporate.applied', { count: chosen.size })}</p>
              ))}
          </div>
          {chosen.size > 0 && merge.ok && edited && (
            <button type="button" className="button button--secondary" onClick={onApply}>
              {t('amendments.incorporate.apply')}
            </button>
          )}
        </>
      )}
    </fieldset>
  );
}

export interface ReanchorPreviewProps {
  reanchoring: Reanchoring<IncorporableAmendmentFragment>;
  nextNumber: number;
}

/** Before publishing: the open amendments that stay, move or become outdated with the new text. */
export function ReanchorPreview({ reanchoring, nextNumber }: ReanchorPreviewProps) {
  const { t } = useTranslation('amendments');
  const { unchanged, moved, outdated } = reanchoring;
  if (unchanged.length + moved.length + outdated.length === 0) return null;
  const who = (amendment: IncorporableAmendmentFragment) =>
    amendment.author
      ? t('amendments.incorporate.by', { name: amendment.author.displayName })
      : t('amendments.incorporate.byDeleted');
  return (
    <section aria-labelledby="reancrage-titre" className="reanchor-preview">
      <h3 id="reancrage-titre">
        {t('amendments.incorporate.othersTitle', { number: nextNumber })}
      </h3>
      {outdated.length > 0 && (
        <>
          <p className="incorporate__warning">
            {t('amendments.incorporate.outdatedIntro', { count: outdated.length })}
          </p>
          <ul>
            {outdated.map((amendment) => (
              <li key={amendment.id}>
                {rangeTitle(t, amendment)} {who(amendment)}
              </li>
            ))}
          </ul>
        </>
      )}
      {moved.length > 0 && (
        <>
          <p>{t('amendments.incorporate.movedIntro', { count: moved.length })}</p>
          <ul>
            {moved.map(({ amendment, lineStart, lineEnd }) => (
              <li key={amendment.id}>
                {rangeTitle(t, amendment)} {who(amendment)}
                {' → '}
                {linesInWords(t, lineStart, lineEnd)}
              </li>
            ))}
          </ul>
        </>
      )}
      {unchanged.length > 0 && (
        <p>{t('amendments.incorporate.unchangedIntro', { count: unchanged.length })}</p>
      )}
    </section>
  );
}

/** In the confirmation: how many amendments are incorporated, moved and outdated. */
export function IncorporationSummary({
  incorporated,
  reanchoring,
}: {
  incorporated: number;
  reanchoring: Reanchoring<IncorporableAmendmentFragment>;
}) {
  const { t } = useTranslation('amendments');
  if (incorporated + reanchoring.moved.length + reanchoring.outdated.length === 0) return null;
  return (
    <p>
      {t('amendments.incorporate.confirmSummary', {
        incorporated,
        moved: reanchoring.moved.length,
        outdated: reanchoring.outdated.length,
      })}
    </p>
  );
}

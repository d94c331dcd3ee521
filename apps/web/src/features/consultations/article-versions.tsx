import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { ArticleDiffDocument, type ArticleVersionSummaryFragment } from '../../gql/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { fromApiHunks } from './diff-rows';
import { DiffModeToggle } from './diff-mode-toggle';
import { DiffSummary, DiffView, type DiffMode } from './diff-view';
import {
  articleParams,
  articleVersionPath,
  articleVersionsPath,
  comparisonAnchor,
  diffModeFrom,
  diffModeParam,
  versionsTab,
} from './paths';

export interface ArticleVersionsProps {
  slug: string;
  articleId: string;
  versions: readonly ArticleVersionSummaryFragment[];
  currentNumber: number;
}

/** Plain text to paragraphs: blank lines separate them; never rendered as HTML. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** The two versions to compare, from the address: older first; the last two when unset. */
function comparedVersions(
  searchParams: URLSearchParams,
  numbers: readonly number[],
  currentNumber: number,
): { from: number; to: number } {
  const known = (value: string | null) => {
    const number = Number(value);
    return value !== null && numbers.includes(number) ? number : undefined;
  };
  const to = known(searchParams.get(articleParams.to)) ?? currentNumber;
  const before = numbers.filter((number) => number < to);
  let from = known(searchParams.get(articleParams.from)) ?? before[before.length - 1] ?? to;
  if (from === to) from = before[before.length - 1] ?? numbers.find((n) => n > to) ?? to;
  return from <= to ? { from, to } : { from: to, to: from };
}

/** The versions tab: every version with its date and changelog, and a diff between any two. */
export function ArticleVersions({
  slug,
  articleId,
  versions,
  currentNumber,
}: ArticleVersionsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [searchParams, setSearchParams] = useSearchParams();
  const numbers = versions.map((version) => version.number);
  const { from, to } = comparedVersions(searchParams, numbers, currentNumber);
  const mode = diffModeFrom(searchParams.get(articleParams.mode));
  const newestFirst = [...versions].sort((a, b) => b.number - a.number);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // Set when the person asked for another comparison: its result then receives focus.
  const focusResult = useRef(false);

  function show(next: { from: number; to: number; mode: DiffMode }) {
    setSearchParams(
      {
        [articleParams.tab]: versionsTab,
        [articleParams.from]: String(next.from),
        [articleParams.to]: String(next.to),
        [articleParams.mode]: diffModeParam[next.mode],
      },
      { replace: true, preventScrollReset: true },
    );
  }

  useEffect(() => {
    if (!focusResult.current) return;
    focusResult.current = false;
    resultHeading.current?.focus();
  }, [from, to]);

  function versionName(number: number) {
    return t('versions.name', { number });
  }

  function versionTitle(number: number) {
    const version = versions.find((candidate) => candidate.number === number);
    const title = t('versions.title', { number });
    return version ? `${title} — ${formatDate(version.publishedAt, language)}` : title;
  }

  return (
    <>
      <section aria-labelledby="versions-history-title">
        <h2 id="versions-history-title">{t('versions.historyTitle')}</h2>
        <p>{t('versions.historyIntro', { count: versions.length })}</p>
        <ol className="version-list">
          {newestFirst.map((version) => (
            <li key={version.id} className="version-item">
              <h3 className="version-item__title">
                {t('versions.title', { number: version.number })}
                {version.number === currentNumber && (
                  <>
                    {' '}
                    <span className="badge">{t('versions.current')}</span>
                  </>
                )}
              </h3>
              <p className="version-item__date">
                {t('versions.publishedOn', { date: formatDate(version.publishedAt, language) })}
              </p>
              <div className="version-item__changelog" lang={contentLanguage}>
                {paragraphs(version.changelog).map((paragraph, index) => (
                  <p key={index}>{paragraph}</p>
                ))}
              </div>
              <ul className="version-item__links">
                <li>
                  <Link to={articleVersionPath(slug, articleId, version.number)}>
                    {t('versions.read', { number: version.number })}
                  </Link>
                </li>
                {version.number > 1 && (
                  <li>
                    <Link
                      to={articleVersionsPath(slug, articleId, {
                        from: version.number - 1,
                        to: version.number,
                        mode,
                      })}
                      onClick={() => {
                        focusResult.current = true;
                      }}
                    >
                      {t('versions.compareWithPrevious', {
                        number: version.number,
                        previous: version.number - 1,
                      })}
                    </Link>
                  </li>
                )}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="versions-compare-title" id={comparisonAnchor} className="compare">
        <h2 id="versions-compare-title">{t('versions.compareTitle')}</h2>
        {versions.length < 2 ? (
          <p>{t('versions.onlyOne')}</p>
        ) : (
          <>
            <CompareForm
              key={`${from}-${to}`}
              versions={newestFirst}
              from={from}
              to={to}
              currentNumber={currentNumber}
              onCompare={(next) => {
                focusResult.current = true;
                show({ ...next, mode });
              }}
            />
            <h3 ref={resultHeading} tabIndex={-1} className="compare__result-title">
              {t('versions.resultTitle', { from, to })}
            </h3>
            <DiffModeToggle mode={mode} onChange={(next) => show({ from, to, mode: next })} />
            <ArticleDiff
              articleId={articleId}
              from={from}
              to={to}
              mode={mode}
              oldName={versionName(from)}
              newName={versionName(to)}
              oldTitle={versionTitle(from)}
              newTitle={versionTitle(to)}
            />
          </>
        )}
      </section>
    </>
  );
}

interface CompareFormProps {
  versions: readonly ArticleVersionSummaryFragment[];
  from: number;
  to: number;
  currentNumber: number;
  onCompare: (compared: { from: number; to: number }) => void;
}

function CompareForm({ versions, from, to, currentNumber, onCompare }: CompareFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [problem, setProblem] = useState('');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const first = Number(form.get('from'));
    const second = Number(form.get('to'));
    if (first === second) {
      setProblem(t('versions.sameVersion'));
      return;
    }
    setProblem('');
    onCompare({ from: Math.min(first, second), to: Math.max(first, second) });
  }

  const options = versions.map((version) => (
    <option key={version.id} value={version.number}>
      {t('versions.option', {
        number: version.number,
        date: formatDate(version.publishedAt, language),
      })}
      {version.number === currentNumber ? ` ${t('versions.currentOption')}` : ''}
    </option>
  ));

  return (
    <form className="compare-form" onSubmit={handleSubmit} noValidate>
      <div className="compare-form__fields">
        <div className="field">
          <label htmlFor="compare-from" className="field__label">
            {t('versions.from')}
          </label>
          <select id="compare-from" name="from" className="input" defaultValue={from}>
            {options}
          </select>
        </div>
        <div className="field">
          <label htmlFor="compare-to" className="field__label">
            {t('versions.to')}
          </label>
          <select id="compare-to" name="to" className="input" defaultValue={to}>
            {options}
          </select>
        </div>
      </div>
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
      <button type="submit" className="button">
        {t('versions.compare')}
      </button>
    </form>
  );
}

interface ArticleDiffProps {
  articleId: string;
  from: number;
  to: number;
  mode: DiffMode;
  oldName: string;
  newName: string;
  oldTitle: string;
  newTitle: string;
}

function ArticleDiff({ articleId, from, to, mode, ...names }: ArticleDiffProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ArticleDiffDocument, {
    variables: { id: articleId, fromVersion: from, toVersion: to },
  });

  if (!data) {
    if (error) {
      return (
        <div role="alert" className="alert">
          <p>{t('versions.diffError')}</p>
          <button
            type="button"
            className="button"
            onClick={() => void refetch().catch(() => undefined)}
          >
            {t('status.retry')}
          </button>
        </div>
      );
    }
    return <LoadingStatus message={t('versions.diffLoading')} />;
  }

  const article = data.article;
  if (!article?.toVersion) return <p>{t('versions.diffError')}</p>;
  const hunks = fromApiHunks(article.diff);
  return (
    <>
      <DiffSummary hunks={hunks} />
      <DiffView
        hunks={hunks}
        newLines={article.toVersion.lines.map((line) => line.text)}
        mode={mode}
        {...names}
      />
    </>
  );
}

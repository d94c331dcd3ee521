import type { DiffHunk, WordSegment } from '@amendo/text';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { contentLanguage } from '../../i18n/i18n';
import { diffRows, type GapRow, type HunkRow, type SameRow } from './diff-rows';

export type DiffMode = 'split' | 'inline';

export interface DiffViewProps {
  hunks: readonly DiffHunk[];
  /** The lines of the newer text (the unchanged lines are read from it). */
  newLines: readonly string[];
  mode: DiffMode;
  /** Each text named within a sentence: "version 1", "version en vigueur"… */
  oldName: string;
  newName: string;
  /** Column titles of the side-by-side view: "Version 1 — 3 mai 2026". */
  oldTitle: string;
  newTitle: string;
}

/**
 * What changed between two texts, side by side (two columns, stacked on narrow screens) or
 * inline (deleted words struck through, added words underlined). Colour is never the only cue:
 * <del> and <ins> are struck and underlined, each change has a caption in words, and screen
 * readers hear "supprimé" and "ajouté".
 */
export function DiffView({
  hunks,
  newLines,
  mode,
  oldName,
  newName,
  oldTitle,
  newTitle,
}: DiffViewProps) {
  const { t } = useTranslation();
  if (hunks.length === 0) return <p className="diff-identical">{t('diff.identical')}</p>;

  const rows = diffRows(hunks, newLines);
  return (
    <div className={`diff diff--${mode}`}>
      <DiffLegend />
      {mode === 'split' && (
        <div className="diff__heads" aria-hidden="true">
          <p>{oldTitle}</p>
          <p>{newTitle}</p>
        </div>
      )}
      <div className="diff__rows">
        {rows.map((row, index) => {
          switch (row.kind) {
            case 'same':
              return <SameLine key={index} row={row} mode={mode} />;
            case 'gap':
              return <Gap key={index} row={row} mode={mode} />;
            case 'hunk':
              return mode === 'split' ? (
                <SplitHunk key={index} row={row} oldName={oldName} newName={newName} />
              ) : (
                <InlineHunk key={index} row={row} oldName={oldName} />
              );
          }
        })}
      </div>
    </div>
  );
}

/** The number of changed regions, in words. */
export function DiffSummary({ hunks }: { hunks: readonly DiffHunk[] }) {
  const { t } = useTranslation();
  if (hunks.length === 0) return null;
  return <p className="diff-summary">{t('diff.summary', { count: hunks.length })}</p>;
}

function DiffLegend() {
  const { t } = useTranslation();
  return (
    <ul className="diff-legend" aria-label={t('diff.legendLabel')}>
      <li>
        <span className="diff-sample diff-sample--deleted" aria-hidden="true">
          {t('diff.sampleWord')}
        </span>{' '}
        {t('diff.legendDeleted')}
      </li>
      <li>
        <span className="diff-sample diff-sample--inserted" aria-hidden="true">
          {t('diff.sampleWord')}
        </span>{' '}
        {t('diff.legendInserted')}
      </li>
    </ul>
  );
}

function Segments({ segments }: { segments: readonly WordSegment[] }) {
  const { t } = useTranslation();
  return segments.map((segment, index) => {
    if (segment.kind === 'equal') return <span key={index}>{segment.text}</span>;
    const Tag = segment.kind === 'delete' ? 'del' : 'ins';
    const prefix = segment.kind === 'delete' ? t('diff.deletedStart') : t('diff.insertedStart');
    return (
      <Tag key={index}>
        <span className="visually-hidden">{prefix}</span>
        {segment.text}
        <span className="visually-hidden">{t('diff.changeEnd')}</span>
      </Tag>
    );
  });
}

function LineNumber({ number }: { number?: number }) {
  const { t } = useTranslation();
  return (
    <span className="diff-line__number">
      {number !== undefined && (
        <>
          <span className="visually-hidden">{t('lines.line')} </span>
          {number}
        </>
      )}
    </span>
  );
}

function Mark({ kind }: { kind: 'same' | 'deleted' | 'inserted' | 'changed' }) {
  const symbol = { same: '', deleted: '−', inserted: '+', changed: '±' }[kind];
  return (
    <span className="diff-line__mark" aria-hidden="true">
      {symbol}
    </span>
  );
}

function SameLine({ row, mode }: { row: SameRow; mode: DiffMode }) {
  const { t } = useTranslation();
  const text = (
    <span className="diff-line__text" lang={contentLanguage}>
      {row.text === '' ? <span className="visually-hidden">{t('lines.empty')}</span> : row.text}
    </span>
  );
  if (mode === 'inline') {
    return (
      <div className="diff-line">
        <LineNumber number={row.newNumber} />
        <Mark kind="same" />
        {text}
      </div>
    );
  }
  // Side by side, the old copy of an unchanged line is for the eyes only (read once, not twice).
  return (
    <div className="diff-row diff-row--same">
      <div className="diff-side diff-side--old" aria-hidden="true">
        <div className="diff-line">
          <LineNumber number={row.oldNumber} />
          <Mark kind="same" />
          {text}
        </div>
      </div>
      <div className="diff-side diff-side--new">
        <div className="diff-line">
          <LineNumber number={row.newNumber} />
          <Mark kind="same" />
          {text}
        </div>
      </div>
    </div>
  );
}

function Gap({ row, mode }: { row: GapRow; mode: DiffMode }) {
  const { t } = useTranslation();
  const first = row.rows[0];
  const last = row.rows[row.rows.length - 1];
  return (
    <details className="diff-gap">
      <summary>
        {t('diff.unchanged', {
          count: row.rows.length,
          start: first.newNumber,
          end: last.newNumber,
        })}
      </summary>
      {row.rows.map((same) => (
        <SameLine key={same.newNumber} row={same} mode={mode} />
      ))}
    </details>
  );
}

function rangeCount(start: number, end: number): number {
  return end - start + 1;
}

function SplitHunk({ row, oldName, newName }: { row: HunkRow; oldName: string; newName: string }) {
  const { t } = useTranslation();
  const { hunk } = row;
  const captionId = useId();
  const sides = [
    {
      side: 'old',
      name: oldName,
      start: hunk.oldStart,
      end: hunk.oldEnd,
      lines: row.oldLines,
      mark: 'deleted',
    },
    {
      side: 'new',
      name: newName,
      start: hunk.newStart,
      end: hunk.newEnd,
      lines: row.newLines,
      mark: 'inserted',
    },
  ] as const;
  return (
    <div className={`diff-row diff-row--${hunk.kind}`} role="group" aria-labelledby={captionId}>
      <p id={captionId} className="visually-hidden">
        {hunkCaption(t as unknown as Translate, hunk, oldName)}
      </p>
      {sides.map(({ side, name, start, end, lines, mark }) => {
        const count = rangeCount(start, end);
        return (
          <div key={side} className={`diff-side diff-side--${side} diff-side--changed`}>
            <p className="diff-side__caption">
              {count === 0
                ? t('diff.sideNone', { name })
                : t('diff.sideLines', { count, start, end, name })}
            </p>
            {lines.map((segments, index) => (
              <div key={index} className={`diff-line diff-line--${mark}`}>
                <LineNumber number={start + index} />
                <Mark kind={mark} />
                <span className="diff-line__text" lang={contentLanguage}>
                  <Segments segments={segments} />
                </span>
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}

function InlineHunk({ row, oldName }: { row: HunkRow; oldName: string }) {
  const { t } = useTranslation();
  const { hunk } = row;
  const captionId = useId();
  // Lines get their new numbers when the merged lines are the new lines one for one.
  const numbered = row.mergedLines.length === rangeCount(hunk.newStart, hunk.newEnd);
  return (
    <div className={`diff-hunk diff-hunk--${hunk.kind}`} role="group" aria-labelledby={captionId}>
      <p id={captionId} className="diff-hunk__caption">
        {hunkCaption(t as unknown as Translate, hunk, oldName)}
      </p>
      {row.mergedLines.map((segments, index) => (
        <div key={index} className="diff-line">
          <LineNumber number={numbered ? hunk.newStart + index : undefined} />
          <Mark kind={lineMark(segments)} />
          <span className="diff-line__text" lang={contentLanguage}>
            <Segments segments={segments} />
          </span>
        </div>
      ))}
    </div>
  );
}

/** "+" for a line only added, "−" for a line only deleted, "±" for a line changed. */
function lineMark(segments: readonly WordSegment[]): 'inserted' | 'deleted' | 'changed' {
  if (segments.length > 0 && segments.every((segment) => segment.kind === 'insert'))
    return 'inserted';
  if (segments.length > 0 && segments.every((segment) => segment.kind === 'delete'))
    return 'deleted';
  return 'changed';
}

/** The few keys this caption uses (a narrow type: i18next's full `t` type is too deep to check here). */
type Translate = (key: `diff.${string}`, options: Record<string, unknown>) => string;

/** "Ligne 3 modifiée", "Lignes 4 à 5 ajoutées", "Ligne 6 de la version 1 supprimée". */
function hunkCaption(t: Translate, hunk: DiffHunk, oldName: string): string {
  const oldCount = rangeCount(hunk.oldStart, hunk.oldEnd);
  const newCount = rangeCount(hunk.newStart, hunk.newEnd);
  if (hunk.kind === 'insert') {
    return t('diff.inserted', { count: newCount, start: hunk.newStart, end: hunk.newEnd });
  }
  if (hunk.kind === 'delete') {
    return t('diff.deleted', {
      count: oldCount,
      start: hunk.oldStart,
      end: hunk.oldEnd,
      name: oldName,
    });
  }
  const changed = t('diff.changed', { count: newCount, start: hunk.newStart, end: hunk.newEnd });
  if (hunk.oldStart === hunk.newStart && hunk.oldEnd === hunk.newEnd) return changed;
  return `${changed} ${t('diff.changedFrom', { count: oldCount, start: hunk.oldStart, end: hunk.oldEnd, name: oldName })}`;
}

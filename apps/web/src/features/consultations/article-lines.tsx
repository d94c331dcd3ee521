import { useEffect, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import { contentLanguage } from '../../i18n/i18n';
import { lineElementId } from './line-range';
import type { LineSelection } from './use-line-selection';

export interface ArticleLine {
  readonly number: number;
  readonly text: string;
}

export interface ArticleLinesProps {
  lines: readonly ArticleLine[];
  /** The list's accessible name ("Texte de l’article 3, version 2"). */
  label: string;
  lineSelection: LineSelection;
  /** What goes in the margin after a line (its amendment marker); nothing when left out. */
  lineAside?: (line: number) => ReactNode;
}

/**
 * The text of an article as numbered lines. Each number is a link (`#L12`); a click selects the
 * line, Shift+click extends the selection. The lines form one stop in the Tab order: arrows move
 * from line to line, Space selects, Shift+arrows extend, Escape clears. Text only, never HTML.
 */
export function ArticleLines({ lines, label, lineSelection, lineAside }: ArticleLinesProps) {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const { selection, selectLine, extendTo, clear, isOwnHash } = lineSelection;
  const [focusedLine, setFocusedLine] = useState<number | null>(null);
  const lastLine = lines.length;

  const tabStop = Math.min(focusedLine ?? selection?.start ?? 1, Math.max(lastLine, 1));

  // A hash that comes from outside (a shared link, a reload, the back button) brings its lines
  // into view; the router cannot, since line elements are not named after the hash.
  const selectionStart = selection?.start;
  useEffect(() => {
    if (selectionStart === undefined || isOwnHash(hash)) return;
    document.getElementById(lineElementId(selectionStart))?.scrollIntoView({ block: 'center' });
  }, [hash, selectionStart, isOwnHash]);

  function focusLine(line: number) {
    setFocusedLine(line);
    document.getElementById(lineElementId(line))?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-line]');
    if (!item || lastLine === 0) return;
    const line = Number(item.dataset.line);
    const target = (() => {
      switch (event.key) {
        case 'ArrowDown':
          return Math.min(line + 1, lastLine);
        case 'ArrowUp':
          return Math.max(line - 1, 1);
        case 'Home':
          return 1;
        case 'End':
          return lastLine;
        default:
          return null;
      }
    })();

    if (target !== null) {
      event.preventDefault();
      if (event.shiftKey) extendTo(target, line);
      focusLine(target);
      return;
    }
    if (event.key === ' ' || (event.key === 'Enter' && event.target === item)) {
      event.preventDefault();
      if (event.shiftKey) extendTo(line);
      else selectLine(line);
      return;
    }
    if (event.key === 'Escape' && selection) {
      event.preventDefault();
      clear();
    }
  }

  function handleNumberMouseDown(event: MouseEvent<HTMLAnchorElement>) {
    // Shift+click would also select the text in between: the line selection is what is meant.
    if (event.shiftKey) event.preventDefault();
  }

  function handleNumberClick(event: MouseEvent<HTMLAnchorElement>, line: number) {
    // Ctrl/Cmd+click and middle click keep opening the link elsewhere, as people expect.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.altKey) return;
    event.preventDefault();
    if (event.shiftKey) extendTo(line);
    else selectLine(line);
    focusLine(line);
  }

  return (
    <ol
      className={lineAside ? 'article-lines article-lines--aside' : 'article-lines'}
      aria-label={label}
      onKeyDown={handleKeyDown}
      onFocus={(event) => {
        const item = (event.target as HTMLElement).closest<HTMLElement>('[data-line]');
        if (item) setFocusedLine(Number(item.dataset.line));
      }}
    >
      {lines.map(({ number, text }) => {
        const selected = selection !== null && number >= selection.start && number <= selection.end;
        const classes = ['article-line'];
        if (selected) classes.push('article-line--selected');
        if (selected && number === selection.start) classes.push('article-line--first');
        if (selected && number === selection.end) classes.push('article-line--last');
        return (
          <li
            key={number}
            id={lineElementId(number)}
            data-line={number}
            tabIndex={number === tabStop ? 0 : -1}
            className={classes.join(' ')}
          >
            <a
              href={`#L${number}`}
              className="article-line__number"
              tabIndex={-1}
              onMouseDown={handleNumberMouseDown}
              onClick={(event) => handleNumberClick(event, number)}
            >
              <span className="visually-hidden">{t('lines.line')} </span>
              {number}
            </a>
            <span className="article-line__text" lang={contentLanguage}>
              {text === '' ? <span className="visually-hidden">{t('lines.empty')}</span> : text}
            </span>
            {selected && <span className="visually-hidden"> {t('lines.selectedMark')}</span>}
            {lineAside && <span className="article-line__aside">{lineAside(number)}</span>}
          </li>
        );
      })}
    </ol>
  );
}

export interface LineSelectionBarProps {
  lineSelection: LineSelection;
  /** The actions on the selection ("Proposer une modification"), before "Effacer la sélection". */
  children?: ReactNode;
}

/**
 * What is selected, said in words, and the way to clear it; always in place (the text does not
 * jump when a line is selected). The next actions on a selection ("Proposer une modification")
 * belong here. Its live region announces each change made with the mouse or the keyboard.
 */
export function LineSelectionBar({ lineSelection, children }: LineSelectionBarProps) {
  const { t } = useTranslation();
  const { selection, clear, announcement } = lineSelection;

  function handleClear() {
    const start = selection?.start;
    clear();
    // The button goes away with the selection: focus goes back to the text, where it was.
    if (start !== undefined) document.getElementById(lineElementId(start))?.focus();
  }

  return (
    <div className="line-selection">
      <p className="line-selection__status">
        {selection
          ? t('lines.selected', {
              count: selection.end - selection.start + 1,
              start: selection.start,
              end: selection.end,
            })
          : t('lines.none')}
      </p>
      {children}
      {selection && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={handleClear}
        >
          {t('lines.clear')}
        </button>
      )}
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}

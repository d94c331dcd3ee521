import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

import { clampRange, lineHash, parseLineHash, rangeBetween, type LineRange } from './line-range';

export interface LineSelection {
  /** The selected lines, read from the URL hash (`#L3-L5`); null when none. */
  readonly selection: LineRange | null;
  /** The fixed end of the selection that Shift+click and Shift+arrows extend from. */
  readonly anchor: number | null;
  /** What the last change of selection said, for the live region ("Lignes 3 à 5 sélectionnées"). */
  readonly announcement: string;
  /** True when the hash was last set by this hook (a click or a key), not by a link or a reload. */
  readonly isOwnHash: (hash: string) => boolean;
  /** Selects one line, which becomes the anchor. */
  selectLine(line: number): LineRange;
  /** Extends the selection from its anchor (or from `from` when there is none) to `line`. */
  extendTo(line: number, from?: number): LineRange;
  clear(): void;
}

/**
 * The lines a reader has selected in an article text of `lineCount` lines. The selection lives in
 * the URL hash, so a selection is a link (`#L3-L5`) and a link is a selection. Call it once per
 * text shown and pass it down: "Proposer une modification" reads `selection` from it.
 */
export function useLineSelection(lineCount: number): LineSelection {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [anchorLine, setAnchorLine] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const ownHash = useRef<string | null>(null);
  // The anchor of this hook's last change: keys pressed in a quick run (Space, then Shift+↓ twice)
  // each start from the one before, even when the router has not shown it yet.
  const ownAnchor = useRef<number | null>(null);
  const isOwnHash = useCallback((hash: string) => ownHash.current === hash, []);
  // A hash from elsewhere (a link, the back button) ends what this hook had set.
  useEffect(() => {
    if (ownHash.current !== null && ownHash.current !== location.hash) ownHash.current = null;
  }, [location.hash]);

  const selection = clampRange(parseLineHash(location.hash), lineCount);
  // The remembered anchor holds only while it is still an end of the selection shown.
  const anchor =
    selection &&
    anchorLine !== null &&
    (anchorLine === selection.start || anchorLine === selection.end)
      ? anchorLine
      : (selection?.start ?? null);

  function show(range: LineRange | null) {
    const hash = lineHash(range);
    ownHash.current = hash;
    setAnnouncement(
      range
        ? t('lines.selected', {
            count: range.end - range.start + 1,
            start: range.start,
            end: range.end,
          })
        : t('lines.cleared'),
    );
    void navigate(
      { pathname: location.pathname, search: location.search, hash },
      { replace: true, preventScrollReset: true },
    );
  }

  function clamp(line: number): number {
    return Math.min(Math.max(line, 1), Math.max(lineCount, 1));
  }

  return {
    selection,
    anchor,
    announcement,
    isOwnHash,
    selectLine(line) {
      const range = rangeBetween(clamp(line), clamp(line));
      setAnchorLine(range.start);
      ownAnchor.current = range.start;
      show(range);
      return range;
    },
    extendTo(line, from) {
      // This render may not show our last change yet (its hash is still on its way).
      const pending = ownHash.current !== null && ownHash.current !== location.hash;
      const start = (pending ? ownAnchor.current : anchor) ?? clamp(from ?? line);
      const range = rangeBetween(start, clamp(line));
      setAnchorLine(start);
      ownAnchor.current = start;
      show(range);
      return range;
    },
    clear() {
      setAnchorLine(null);
      ownAnchor.current = null;
      show(null);
    },
  };
}

import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { lineFilterParam, type AmendmentListFocus } from './paths';

export interface LineMarkerProps {
  line: number;
  /** How many open amendments touch the line (the marker is drawn only when there are some). */
  count: number;
}

/**
 * In the margin of a line: how many open amendments touch it. A link (`?ligne=4`) that narrows
 * the article's list of amendments to that line and takes the reader there; the selection (the
 * hash) is kept. The number is what the eye sees, the sentence what a screen reader says.
 */
export function LineMarker({ line, count }: LineMarkerProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  params.set(lineFilterParam, String(line));
  const label = t('amendments.marker', { count, line });
  const state: AmendmentListFocus = { focusAmendments: true };
  return (
    <Link
      className="line-marker"
      to={{ search: `?${params.toString()}`, hash: location.hash }}
      state={state}
      preventScrollReset
      title={label}
    >
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{label}</span>
    </Link>
  );
}

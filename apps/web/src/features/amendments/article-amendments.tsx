import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { LoadingStatus } from '../../shared/ui/loading-status';
import type { LineRange } from '../consultations/line-range';
import type { AmendmentComposerProps } from './amendment-composer';
import type { AmendmentListProps } from './amendment-list';
import { LineMarker } from './line-marker';
import { composerTitleId, proposeButtonId } from './paths';

// The article page's first load carries only the button and the margin markers: the form (with
// its diff library) and the list load when they are needed, in their own chunks.
const AmendmentComposer = lazy(() =>
  import('./amendment-composer').then((module) => ({ default: module.AmendmentComposer })),
);
const AmendmentList = lazy(() =>
  import('./amendment-list').then((module) => ({ default: module.AmendmentList })),
);

/** The lines a « Proposer une modification » form was opened on, and the button that opens it. */
export function useAmendmentComposer() {
  const [range, setRange] = useState<LineRange | null>(null);
  return {
    range,
    open: (selection: LineRange) => setRange(selection),
    close() {
      setRange(null);
      // Back to the button that opened the form (still there while lines are selected).
      document.getElementById(proposeButtonId)?.focus();
    },
  };
}

export type AmendmentComposerState = ReturnType<typeof useAmendmentComposer>;

export interface ProposeAmendmentButtonProps {
  composer: AmendmentComposerState;
  selection: LineRange | null;
}

/** « Proposer une modification » of the selected lines; the form opens below, in the page. */
export function ProposeAmendmentButton({ composer, selection }: ProposeAmendmentButtonProps) {
  const { t } = useTranslation();
  if (!selection) return null;
  const opened = composer.range?.start === selection.start && composer.range.end === selection.end;
  return (
    <button
      id={proposeButtonId}
      type="button"
      className="button button--small"
      aria-expanded={opened}
      onClick={() => {
        if (opened) document.getElementById(composerTitleId)?.focus();
        else composer.open(selection);
      }}
    >
      {t('amendments.propose')}
    </button>
  );
}

export type AmendmentComposerSlotProps = Omit<AmendmentComposerProps, 'range' | 'onClose'> & {
  composer: AmendmentComposerState;
};

/** Where the form appears, in place, once opened. */
export function AmendmentComposerSlot({ composer, ...props }: AmendmentComposerSlotProps) {
  const { t } = useTranslation();
  const { range } = composer;
  if (!range) return null;
  return (
    <Suspense fallback={<LoadingStatus message={t('status.loading')} />}>
      <AmendmentComposer
        key={`${range.start}-${range.end}`}
        {...props}
        range={range}
        onClose={composer.close}
      />
    </Suspense>
  );
}

/**
 * The margin of each line: its marker when open amendments touch it; no margin at all while no
 * amendment is open (the text keeps its full width on small screens).
 */
export function lineMarkers(
  activity: readonly number[],
): ((line: number) => ReactNode) | undefined {
  if (!activity.some((count) => count > 0)) return undefined;
  return function marker(line) {
    const count = activity[line - 1] ?? 0;
    return count > 0 ? <LineMarker line={line} count={count} /> : null;
  };
}

/** The article's amendments, under its text. */
export function ArticleAmendmentList(props: AmendmentListProps) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<LoadingStatus message={t('status.loading')} />}>
      <AmendmentList {...props} />
    </Suspense>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { DiffMode } from './diff-view';

export interface DiffModeToggleProps {
  mode: DiffMode;
  onChange: (mode: DiffMode) => void;
}

/** Two radio buttons, "Côte à côte" and "Dans le texte", that switch the diff's layout. */
export function DiffModeToggle({ mode, onChange }: DiffModeToggleProps) {
  const { t } = useTranslation();
  const name = useId();
  const options: DiffMode[] = ['split', 'inline'];
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{t('diff.modeLegend')}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <label key={option} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={mode === option}
              onChange={() => onChange(option)}
            />
            <span>{t(option === 'split' ? 'diff.modeSplit' : 'diff.modeInline')}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ContributionOrder } from '../../gql/deliberation/graphql';
import { rankingPath } from './paths';

/** The public orders, RANDOM (the default) first. */
export const contributionOrders = [
  'RANDOM',
  'NEWEST',
  'OLDEST',
  'MOST_AGREED',
  'MOST_VOTED',
  'MOST_CONTROVERSIAL',
] as const satisfies readonly ContributionOrder[];

export interface OrderSelectProps {
  id: string;
  label: string;
  value: ContributionOrder;
  onChange: (order: ContributionOrder) => void;
}

/** Chooses the order of a list, beside the page that explains each order. */
export function OrderSelect({ id, label, value, onChange }: OrderSelectProps) {
  const { t } = useTranslation();
  return (
    <div className="order-select">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="order-select__row">
        <select
          id={id}
          className="input order-select__input"
          value={value}
          onChange={(event) => onChange(event.target.value as ContributionOrder)}
        >
          {contributionOrders.map((order) => (
            <option key={order} value={order}>
              {t(`deliberation.order.${order}`)}
            </option>
          ))}
        </select>
        <Link to={rankingPath}>{t('deliberation.order.howLink')}</Link>
      </div>
    </div>
  );
}

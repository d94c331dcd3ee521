import { useId, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { searchParams, searchPath } from './paths';
import { useSearchTranslation } from './search-translations';

/** The `search` landmark of the header: a labelled box that opens the results page. */
export function HeaderSearch({ slug }: { slug: string }) {
  const { t } = useSearchTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const current = params.get(searchParams.query) ?? '';
  const [typed, setTyped] = useState({ for: current, value: current });
  const value = typed.for === current ? typed.value : current;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = value.trim();
    if (query) void navigate(searchPath(slug, query));
  }

  return (
    <form
      role="search"
      aria-label={t('box.landmark')}
      className="header-search"
      onSubmit={handleSubmit}
    >
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t('box.label')}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        name="q"
        value={value}
        maxLength={200}
        placeholder={t('box.placeholder')}
        onChange={(event) => setTyped({ for: current, value: event.target.value })}
      />
      <button type="submit" className="button header-search__submit">
        {t('box.submit')}
      </button>
    </form>
  );
}

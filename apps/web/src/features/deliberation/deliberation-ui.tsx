import { useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import type { Language } from '../../i18n/i18n';
import { loginPath, returnPathFrom } from '../identity/paths';
import './deliberation-translations';
import './deliberation.css';

export type HeadingLevel = 2 | 3 | 4;

/** A heading at the level the host page needs (an article page, an amendment card…). */
export function Heading({
  level,
  id,
  children,
}: {
  level: HeadingLevel;
  id?: string;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  return <Tag id={id}>{children}</Tag>;
}

/** "Connectez-vous pour …", back to this very page afterwards. */
export function LoginPrompt({ label }: { label: string }) {
  const location = useLocation();
  return (
    <p className="login-prompt">
      <Link to={loginPath(returnPathFrom(location))}>{label}</Link>
    </p>
  );
}

/** A part of the debate that could not be loaded, and a way to try again. */
export function LoadProblem({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert">
      <p>{t('deliberation.loadError')}</p>
      <button type="button" className="button button--secondary button--small" onClick={onRetry}>
        {t('status.retry')}
      </button>
    </div>
  );
}

/**
 * A message for screen readers, put in a live region that is always in the page; the same
 * message said twice is announced twice.
 */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  function announce(next: string) {
    flushSync(() => setMessage(''));
    setMessage(next);
  }
  const region = (
    <p role="status" className="visually-hidden">
      {message}
    </p>
  );
  return { announce, region };
}

const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** "14:32", in the consultations' time zone. */
export function formatTime(iso: string | number, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso));
}

/** "60 %", as the interface language writes it. */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

/** Counts characters as the API does (an emoji is one), after trimming. */
export function characterCount(text: string): number {
  return [...text.trim()].length;
}

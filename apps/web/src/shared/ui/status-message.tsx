import { CheckIcon } from './icons';

export interface StatusMessageProps {
  /** The confirmation to show and announce; nothing while undefined. */
  message?: string;
  className?: string;
}

/**
 * A polite live region for confirmations ("C’est enregistré"). It is always in the page, so
 * screen readers announce each message put in it; a check mark and the words carry the meaning.
 */
export function StatusMessage({ message, className }: StatusMessageProps) {
  return (
    <div role="status" className={className ? `status-region ${className}` : 'status-region'}>
      {message && (
        <p className="success-message">
          <CheckIcon />
          <span>{message}</span>
        </p>
      )}
    </div>
  );
}

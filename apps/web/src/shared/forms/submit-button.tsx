export interface SubmitButtonProps {
  busy: boolean;
  label: string;
  /** Said while the request is on its way ("Connexion en cours…"). */
  busyLabel: string;
  variant?: 'primary' | 'danger';
}

/** A form's submit button: disabled and marked busy while the request is being sent. */
export function SubmitButton({ busy, label, busyLabel, variant = 'primary' }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      className={variant === 'danger' ? 'button button--danger' : 'button'}
      disabled={busy}
      aria-busy={busy}
    >
      {busy ? busyLabel : label}
    </button>
  );
}

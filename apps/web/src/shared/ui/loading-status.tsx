export interface LoadingStatusProps {
  message: string;
}

/** A polite, readable "loading" message, announced by screen readers. */
export function LoadingStatus({ message }: LoadingStatusProps) {
  return (
    <p role="status" className="loading-status">
      {message}
    </p>
  );
}

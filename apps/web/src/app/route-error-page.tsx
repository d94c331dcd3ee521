import { ErrorAlert } from '../shared/ui/error-alert';

/** Shown by the router when a page fails unexpectedly; reloading is the one way out. */
export function RouteErrorPage() {
  function handleRetry() {
    window.location.reload();
  }
  return <ErrorAlert onRetry={handleRetry} />;
}

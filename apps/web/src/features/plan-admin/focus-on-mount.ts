/**
 * A ref callback that moves focus to an element when it appears (a confirmation, a form just
 * opened). A module-level function is stable, so React calls it once per mounted element.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}

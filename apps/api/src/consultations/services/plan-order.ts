/**
 * Pure helpers for the order of a plan's sections and articles (positions are 1, 2, … n).
 */

/** `ids` with `id` moved to `position` (1-based; clamped to the end when `position` is past it). */
export function moveTo(ids: readonly string[], id: string, position: number): string[] {
  const rest = ids.filter((other) => other !== id);
  const index = Math.min(Math.max(position, 1), rest.length + 1) - 1;
  return [...rest.slice(0, index), id, ...rest.slice(index)];
}

/** The ids whose position changes when the list is rewritten as `order`, with their new position. */
export function changedPositions(
  order: readonly string[],
  positionOf: ReadonlyMap<string, number>,
): { id: string; position: number }[] {
  return order
    .map((id, index) => ({ id, position: index + 1 }))
    .filter(({ id, position }) => positionOf.get(id) !== position);
}

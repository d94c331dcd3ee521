const storageKey = 'amendo.orderSeed';
const maxSeed = 2_147_483_647;
let memorySeed: number | undefined;

function drawSeed(): number {
  return 1 + Math.floor(Math.random() * (maxSeed - 1));
}

/**
 * The visitor's seed for the RANDOM order: drawn once per browser tab and kept in
 * sessionStorage, so pages and "Voir plus" stay stable during a visit while each visitor sees
 * their own order (early contributions do not win by position).
 */
export function orderSeed(): number {
  try {
    const stored = Number(sessionStorage.getItem(storageKey));
    if (Number.isInteger(stored) && stored > 0 && stored <= maxSeed) return stored;
    const seed = drawSeed();
    sessionStorage.setItem(storageKey, String(seed));
    return seed;
  } catch {
    // Storage refused (private mode, settings): the seed lives as long as the page.
    memorySeed ??= drawSeed();
    return memorySeed;
  }
}

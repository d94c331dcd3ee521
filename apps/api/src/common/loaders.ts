import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request, created on first use: a list's relations are read in one
 * query per relation, whatever the list's length. Batch functions come from the services.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** Loads `key` through the loader named `name`, created from `batch` the first time. */
  load<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>, key: K): Promise<V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader.load(key);
  }
}

/** Orders batch results as the keys: `groupBy` rows into one array per key. */
export function groupByKey<K, R>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
): R[][] {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Orders batch results as the keys: one row (or null) per key. */
export function oneByKey<K, R>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
): (R | null)[] {
  const byKey = new Map<K, R>(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

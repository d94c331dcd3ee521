import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request, created on first use: a list's relations are read in one
 * query per relation, whatever the list's length. Batch functions come from the services.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  /** Values known before their loader exists (see `prime`). */
  private readonly primed = new Map<string, Map<unknown, unknown>>();

  /** Loads `key` through the loader named `name`, created from `batch` the first time. */
  load<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>, key: K): Promise<V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      for (const [primedKey, value] of this.primed.get(name) ?? []) {
        loader.prime(primedKey as K, value as V);
      }
      this.primed.delete(name);
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader.load(key);
  }

  /**
   * Tells the loader named `name` the value of `key`, read by a statement that had it at hand
   * (a list that joined it), so that loading it later costs no query. A value already loaded
   * or primed stays.
   */
  prime<K, V>(name: string, key: K, value: V): void {
    const loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (loader) {
      loader.prime(key, value);
      return;
    }
    let values = this.primed.get(name);
    if (!values) this.primed.set(name, (values = new Map()));
    if (!values.has(key)) values.set(key, value);
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

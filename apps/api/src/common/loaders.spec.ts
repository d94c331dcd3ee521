import { describe, expect, it } from '@jest/globals';
import { RequestLoaders } from './loaders.js';

describe('RequestLoaders', () => {
  const counting = () => {
    const calls: (readonly string[])[] = [];
    const batch = async (keys: readonly string[]) => {
      calls.push(keys);
      return keys.map((key) => `read ${key}`);
    };
    return { calls, batch };
  };

  it('batches the keys loaded in one tick into one call', async () => {
    const loaders = new RequestLoaders();
    const { calls, batch } = counting();
    const values = await Promise.all(['a', 'b', 'a'].map((key) => loaders.load('x', batch, key)));
    expect(values).toEqual(['read a', 'read b', 'read a']);
    expect(calls).toEqual([['a', 'b']]);
  });

  it('serves primed values without reading them, before or after the loader exists', async () => {
    const loaders = new RequestLoaders();
    const { calls, batch } = counting();
    loaders.prime('x', 'a', 'primed a');
    expect(
      await Promise.all([loaders.load('x', batch, 'a'), loaders.load('x', batch, 'b')]),
    ).toEqual(['primed a', 'read b']);
    loaders.prime('x', 'c', 'primed c');
    loaders.prime('x', 'b', 'primed b'); // already loaded: the value read stays
    expect(await loaders.load('x', batch, 'c')).toBe('primed c');
    expect(await loaders.load('x', batch, 'b')).toBe('read b');
    expect(calls).toEqual([['b']]);
  });

  it('keeps the first primed value of a key and keeps loaders apart by name', async () => {
    const loaders = new RequestLoaders();
    const { calls, batch } = counting();
    loaders.prime('x', 'a', 'first');
    loaders.prime('x', 'a', 'second');
    expect(await loaders.load('x', batch, 'a')).toBe('first');
    expect(await loaders.load('y', batch, 'a')).toBe('read a');
    expect(calls).toEqual([['a']]);
  });
});

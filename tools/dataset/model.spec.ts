import { describe, expect, it } from '@jest/globals';
// @ts-expect-error -- plain ES module without types (the generator runs with node, unbuilt).
import * as model from './model.mjs';
// @ts-expect-error -- idem.
import * as dataset from './dataset.mjs';

interface Random {
  next(): number;
  int(n: number): number;
  uuid(): string;
  fork(label: string): Random;
}
const { createRandom, distinctMembers, sizesFor, zipfCounts, articleText, MIN_LINES, MAX_LINES } =
  model as {
    createRandom: (seed: string) => Random;
    distinctMembers: (count: number, population: number, random: Random) => number[];
    sizesFor: (scale: number) => Record<string, number>;
    zipfCounts: (
      total: number,
      n: number,
      options?: { exponent?: number; offset?: number; cap?: number },
    ) => number[];
    articleText: (random: Random, number: number, lines: number) => string;
    MIN_LINES: number;
    MAX_LINES: number;
  };

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the dataset generator: seeded random source', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const draw = (seed: string): number[] => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => random.int(1_000_000));
    };
    expect(draw('amendo')).toEqual(draw('amendo'));
    expect(draw('amendo')).not.toEqual(draw('amendo2'));
  });

  it('forks independent streams: drawing from one never shifts another', () => {
    const a = createRandom('s');
    const b = createRandom('s');
    a.fork('votes').next();
    a.next();
    expect(a.fork('plan').uuid()).toBe(b.fork('plan').uuid());
  });

  it('draws version-4 uuids, distinct over many draws', () => {
    const random = createRandom('uuids');
    const ids = Array.from({ length: 20_000 }, () => random.uuid());
    for (const id of ids.slice(0, 100)) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws floats in [0, 1) with a mean near one half', () => {
    const random = createRandom('floats');
    const draws = Array.from({ length: 100_000 }, () => random.next());
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.abs(draws.reduce((a, b) => a + b, 0) / draws.length - 0.5)).toBeLessThan(0.01);
  });
});

describe('the dataset generator: sizes', () => {
  it('scale 1 is République numérique, scale 10 ten times it, one amendment for four arguments', () => {
    const one = sizesFor(1);
    expect(one).toMatchObject({
      participants: 20_000,
      articles: 30,
      contributions: 8_500,
      votes: 150_000,
    });
    const ten = sizesFor(10);
    expect(ten).toMatchObject({ participants: 200_000, contributions: 85_000, votes: 1_500_000 });
    expect(ten.amendments! + ten.arguments! + ten.sources!).toBe(ten.contributions);
    expect(ten.arguments! / ten.amendments!).toBeCloseTo(4, 0);
  });

  it('refuses a scale that is not a positive number', () => {
    expect(() => sizesFor(0)).toThrow();
    expect(() => sizesFor(Number.NaN)).toThrow();
  });
});

describe('the dataset generator: skewed vote counts', () => {
  it('sums exactly to the total, most popular first, a few targets getting most votes', () => {
    const counts = zipfCounts(1_500_000, 16_000, { exponent: 1, offset: 3 });
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1_500_000);
    for (let i = 1; i < counts.length; i += 1)
      expect(counts[i]!).toBeLessThanOrEqual(counts[i - 1]!);
    const top1Percent = counts.slice(0, 160).reduce((a, b) => a + b, 0);
    expect(top1Percent / 1_500_000).toBeGreaterThan(0.4); // the top 1 % get over 40 % of the votes
    expect(counts[8_000]!).toBeLessThan(counts[0]! / 100);
  });

  it('respects the cap (no target has more votes than there are voters) and still sums up', () => {
    const counts = zipfCounts(150_000, 1_600, { exponent: 1.2, offset: 1, cap: 12_000 });
    expect(Math.max(...counts)).toBeLessThanOrEqual(12_000);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(150_000);
  });

  it('gives every rank the cap when the total cannot fit', () => {
    expect(zipfCounts(100, 3, { cap: 10 })).toEqual([10, 10, 10]);
    expect(zipfCounts(5, 0)).toEqual([]);
  });
});

describe('the dataset generator: distinct voters', () => {
  it('draws distinct members of the population, deterministically for a seed', () => {
    for (const [count, population] of [
      [10, 10],
      [999, 1_000],
      [5_000, 200_000],
      [1, 1],
    ] as const) {
      const members = distinctMembers(count, population, createRandom(`m${count}`));
      expect(members).toHaveLength(count);
      expect(new Set(members).size).toBe(count);
      expect(members.every((m) => m >= 0 && m < population)).toBe(true);
      expect(distinctMembers(count, population, createRandom(`m${count}`))).toEqual(members);
    }
  });

  it('refuses more members than the population', () => {
    expect(() => distinctMembers(11, 10, createRandom('x'))).toThrow();
  });
});

describe('the dataset generator: plan', () => {
  const plan = (dataset as { planDataset: (o: object) => Record<string, unknown[]> }).planDataset;

  it('is the same for the same seed, scale and slug, and another for another seed', () => {
    const a = plan({ scale: 0.05, seed: 'amendo', slug: 'x' });
    const b = plan({ scale: 0.05, seed: 'amendo', slug: 'x' });
    const c = plan({ scale: 0.05, seed: 'other', slug: 'x' });
    const ids = (p: Record<string, unknown[]>): string[] =>
      (p.amendments as { id: string }[]).map((row) => row.id);
    expect(ids(a)).toEqual(ids(b));
    expect((a.arguments as { body: string }[]).map((row) => row.body)).toEqual(
      (b.arguments as { body: string }[]).map((row) => row.body),
    );
    expect(ids(a)).not.toEqual(ids(c));
  });

  it('writes articles of 10 to 40 normalised lines and amendments that change them', () => {
    const p = plan({ scale: 0.1, seed: 'amendo', slug: 'y' });
    const articles = p.articles as { version: { text: string; lines: number } }[];
    expect(articles).toHaveLength(30);
    for (const article of articles) {
      const lines = article.version.text.split('\n');
      expect(lines.length).toBe(article.version.lines);
      expect(lines.length).toBeGreaterThanOrEqual(MIN_LINES);
      expect(lines.length).toBeLessThanOrEqual(MAX_LINES);
      expect(lines.every((line) => line.length > 0 && line === line.trim())).toBe(true);
    }
    for (const amendment of p.amendments as {
      lineStart: number;
      lineEnd: number;
      originalText: string;
      proposedText: string;
    }[]) {
      expect(amendment.lineEnd).toBeGreaterThanOrEqual(amendment.lineStart - 1);
      expect(amendment.proposedText).not.toBe(amendment.originalText);
    }
    expect(articleText(createRandom('t'), 1, 12).split('\n')).toHaveLength(12);
  });
});

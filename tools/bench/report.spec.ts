import { describe, expect, it } from '@jest/globals';
// @ts-expect-error -- plain ES module without types (the bench runs with node, unbuilt).
import { readmeSummary, withReadmeSummary } from './report.mjs';

const results = {
  date: '2026-12-08T04:39:13.200Z',
  machine: { cores: 2 },
  measurements: {
    votesExport: {
      rows: 1559180,
      rowsPerSecond: 199638,
      rssBeforeMb: 162.8,
      peakRssMb: 194.2,
      rssGrowthMb: 31.4,
    },
    articlePage: { throughput: 1928.75, p95: 19.7, ratioToPostgraphile: 9.27 },
    articlePageUncached: { throughput: 60.8, ratioToPostgraphile: 0.29 },
    castVote: { throughput: 599.15, connections: 64, lostVotes: 0, tallyMismatches: 0 },
  },
};

describe('the README summary of a bench run', () => {
  it('says the numbers of results.json', () => {
    const summary = readmeSummary(results);
    expect(summary).toContain('1,559,180 votes as NDJSON at 199,638 rows/s');
    expect(summary).toContain('from 162.8 MB to 194.2 MB');
    expect(summary).toContain('1,929 requests/s, p95 19.7 ms (9.27× PostGraphile)');
    expect(summary).toContain('599 votes/s at 64 clients, 0 lost');
  });

  it('replaces only its own block, and leaves a README without one as it is', () => {
    const readme = [
      '# Amendo',
      '<!-- bench:summary (written by npm run bench) -->',
      'old numbers',
      '<!-- /bench:summary -->',
      '## Licence',
    ].join('\n');
    const updated = withReadmeSummary(readme, results);
    expect(updated).not.toContain('old numbers');
    expect(updated.startsWith('# Amendo\n')).toBe(true);
    expect(updated.endsWith('\n## Licence')).toBe(true);
    expect(withReadmeSummary(updated, results)).toBe(updated);
    expect(withReadmeSummary('# Amendo\n', results)).toBe('# Amendo\n');
  });
});

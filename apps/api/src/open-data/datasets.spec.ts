import { describe, expect, it } from '@jest/globals';
import { dataPackage } from './datapackage.js';
import { copySql, DATASETS, type Scope } from './datasets.js';

const scope: Scope = {
  consultation: `'00000000-0000-4000-8000-000000000000'::uuid`,
  pseudonym: (column) => `pid(${column})`,
};

describe('open-data datasets', () => {
  it('name fields once each, in snake_case, with keys among them and a description', () => {
    for (const dataset of DATASETS) {
      const names = dataset.fields.map((field) => field.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name).toMatch(/^[a-z][a-z_]*$/);
      for (const key of dataset.primaryKey) expect(names).toContain(key);
      for (const field of dataset.fields) expect(field.description.length).toBeGreaterThan(3);
    }
  });

  it('pseudonymise every participant column and never select an account', () => {
    for (const dataset of DATASETS) {
      for (const format of ['csv', 'ndjson'] as const) {
        const sql = copySql(dataset, format, scope);
        expect(sql).not.toMatch(/\bparticipant\s+\w+\s|FROM participant|JOIN participant|email/i);
        for (const column of sql.match(
          /\b\w+\.(author_id|participant_id|actor_id|official_id)\b/g,
        ) ?? []) {
          expect(sql).toContain(`pid(${column})`);
        }
      }
    }
  });

  it('copy NDJSON through CSV mode with control characters as quote and delimiter', () => {
    const votes = DATASETS.find((dataset) => dataset.name === 'votes');
    if (!votes) throw new Error('no votes dataset');
    expect(copySql(votes, 'ndjson', scope)).toMatch(
      /^COPY \(SELECT row_to_json\(t\)::text FROM \([\s\S]+\) t\)\s+TO STDOUT WITH \(FORMAT csv, HEADER false, QUOTE e'\\x01', DELIMITER e'\\x02'\)$/,
    );
    expect(copySql(votes, 'csv', scope)).toMatch(/WITH \(FORMAT csv, HEADER true\)$/);
  });

  it('describe each dataset twice in the data package, with paths relative to it', () => {
    const pkg = dataPackage({ slug: 'demo', title: 'Démo', summary: '' }) as {
      resources: { name: string; path: string }[];
    };
    expect(pkg.resources).toHaveLength(DATASETS.length * 2);
    for (const resource of pkg.resources) expect(resource.path).toMatch(/^[a-z]+\.(csv|ndjson)$/);
  });
});

import { describe, expect, it } from '@jest/globals';
import { parisDay, workshopFieldsOf } from './workshop-rules.js';

const now = new Date('2026-03-20T10:00:00Z');
const opensAt = new Date('2026-02-01T08:00:00Z');
const valid = {
  title: ' Citoyenneté ',
  place: 'Châteauroux',
  heldOn: '2026-03-17',
  participantCount: 24,
};

const fieldOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return (error as { code: string; details?: { field?: string } }).details?.field;
  }
  return undefined;
};

describe('workshopFieldsOf', () => {
  it('normalises a valid workshop', () => {
    expect(workshopFieldsOf(valid, { now, opensAt })).toEqual({
      title: 'Citoyenneté',
      place: 'Châteauroux',
      heldOn: '2026-03-17',
      participantCount: 24,
    });
  });

  it('refuses blank texts, bad or future days and absurd attendance', () => {
    expect(fieldOf(() => workshopFieldsOf({ ...valid, title: '  ' }, { now, opensAt }))).toBe(
      'title',
    );
    expect(fieldOf(() => workshopFieldsOf({ ...valid, place: '' }, { now, opensAt }))).toBe(
      'place',
    );
    expect(
      fieldOf(() => workshopFieldsOf({ ...valid, heldOn: '2026-02-30' }, { now, opensAt })),
    ).toBe('heldOn');
    expect(
      fieldOf(() => workshopFieldsOf({ ...valid, heldOn: '17/03/2026' }, { now, opensAt })),
    ).toBe('heldOn');
    expect(
      fieldOf(() => workshopFieldsOf({ ...valid, heldOn: '2026-03-21' }, { now, opensAt })),
    ).toBe('heldOn');
    expect(
      fieldOf(() => workshopFieldsOf({ ...valid, heldOn: '2024-01-01' }, { now, opensAt })),
    ).toBe('heldOn');
    expect(
      fieldOf(() => workshopFieldsOf({ ...valid, participantCount: 0 }, { now, opensAt })),
    ).toBe('participantCount');
    expect(
      fieldOf(() => workshopFieldsOf({ ...valid, participantCount: 50_000 }, { now, opensAt })),
    ).toBe('participantCount');
  });

  it('reads today in Paris', () => {
    expect(parisDay(new Date('2026-03-20T23:30:00Z'))).toBe('2026-03-21');
  });
});

import { describe, expect, it } from '@jest/globals';
import { argumentRevisions } from './argument.resolver.js';

describe('argumentRevisions', () => {
  const posted = new Date('2026-03-17T10:00:00Z');
  const at = (minutes: number) => new Date(posted.getTime() + minutes * 60_000);

  it('is the text as posted when it was never edited', () => {
    expect(
      argumentRevisions({ body: 'Tel quel.', createdAt: posted }, []).map(
        ({ number, kind, body, createdAt }) => ({ number, kind, body, createdAt }),
      ),
    ).toEqual([{ number: 1, kind: 'CREATED', body: 'Tel quel.', createdAt: posted }]);
  });

  it('rebuilds each version from the texts the edits replaced, oldest first', () => {
    const revisions = argumentRevisions({ body: 'Troisième.', createdAt: posted }, [
      { occurredAt: at(2), payload: { previousBody: 'Premier.' } },
      { occurredAt: at(5), payload: { previousBody: 'Deuxième.' } },
    ]);
    expect(
      revisions.map(({ number, kind, body, createdAt }) => ({ number, kind, body, createdAt })),
    ).toEqual([
      { number: 1, kind: 'CREATED', body: 'Premier.', createdAt: posted },
      { number: 2, kind: 'EDITED', body: 'Deuxième.', createdAt: at(2) },
      { number: 3, kind: 'EDITED', body: 'Troisième.', createdAt: at(5) },
    ]);
  });
});

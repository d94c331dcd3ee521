import { describe, expect, it } from '@jest/globals';
import { notificationOf } from './event-notifier.service.js';

const AUTHOR = '0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';
const SUBJECT = '1b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';
const event = (type: string, payload: Record<string, unknown>, actor: string | null = null) => ({
  seq: '42',
  type,
  actor_id: actor,
  subject_type: type.startsWith('amendment') ? 'Amendment' : 'Proposal',
  subject_id: SUBJECT,
  article_number: type.startsWith('amendment') ? 3 : null,
  payload,
});

describe('notificationOf', () => {
  it('tells an author their amendment was outdated or incorporated, once per event', () => {
    const outdated = notificationOf(
      event('amendment.outdated', { authorId: AUTHOR, newVersionNumber: 2 }),
    );
    expect(outdated).toMatchObject({
      participantId: AUTHOR,
      kind: 'AMENDMENT_OUTDATED',
      subject: { type: 'Amendment', id: SUBJECT },
      sourceKey: 'event:42',
    });
    expect(outdated?.body).toContain('(article 3)');
    expect(
      notificationOf(event('amendment.incorporated', { authorId: AUTHOR, versionNumber: 2 })),
    ).toMatchObject({ kind: 'AMENDMENT_INCORPORATED' });
  });

  it('tells the author of a hidden contribution, with the statement of reasons', () => {
    const hidden = notificationOf(
      event('contribution.hidden', { authorId: AUTHOR, reason: 'Propos injurieux.' }, SUBJECT),
    );
    expect(hidden).toMatchObject({ kind: 'CONTRIBUTION_HIDDEN', subject: { type: 'Proposal' } });
    expect(hidden?.title).toBe('Votre proposition d’article a été masquée par la modération');
    expect(hidden?.body).toContain('motif : Propos injurieux.');
  });

  it('tells no one about other events, anonymous contributions or one’s own act', () => {
    expect(notificationOf(event('vote.cast', { authorId: AUTHOR }))).toBeNull();
    expect(notificationOf(event('amendment.outdated', {}))).toBeNull();
    expect(
      notificationOf(event('amendment.incorporated', { authorId: AUTHOR }, AUTHOR)),
    ).toBeNull();
  });
});

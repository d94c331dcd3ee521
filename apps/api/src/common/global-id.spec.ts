import { describe, expect, it } from '@jest/globals';
import { fromGlobalId, parseGlobalId, toGlobalId } from './global-id.js';

const uuid = '0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';

describe('global ids', () => {
  it('are base64 of "Type:uuid" and decode back', () => {
    const id = toGlobalId('Consultation', uuid);
    expect(Buffer.from(id, 'base64').toString()).toBe(`Consultation:${uuid}`);
    expect(parseGlobalId(id)).toEqual({ type: 'Consultation', id: uuid });
  });

  it('reject what is not one of ours', () => {
    expect(parseGlobalId('not an id')).toBeUndefined();
    expect(parseGlobalId(Buffer.from('Consultation:42').toString('base64'))).toBeUndefined();
    expect(() => fromGlobalId('???')).toThrow(/identifiant valide/);
  });

  it('check the expected type', () => {
    const id = toGlobalId('Section', uuid);
    expect(fromGlobalId(id, ['Section', 'Article']).id).toBe(uuid);
    expect(() => fromGlobalId(id, 'Article')).toThrow(/attendu : Article/);
  });
});

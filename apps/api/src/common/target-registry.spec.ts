import { describe, expect, it } from '@jest/globals';
import { toGlobalId } from './global-id.js';
import { TargetRegistry } from './target-registry.js';
import { Visibility } from './visibility.js';

const ID = '0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';
const OPEN = {
  phase: 'OPEN',
  amendmentsOpen: true,
  proposalsOpen: true,
  votesOpen: true,
  argumentsOpen: true,
} as const;

function registry(): TargetRegistry {
  const targets = new TargetRegistry(new Visibility());
  targets.registerRules(async () => OPEN);
  targets.register('Article', async (ids) =>
    ids.map((id) =>
      id === ID
        ? { id, consultationId: 'c', articleId: id, authorId: null, hidden: false, active: true }
        : null,
    ),
  );
  return targets;
}

describe('TargetRegistry', () => {
  it('resolves a registered kind with the rules of its consultation', async () => {
    const target = await registry().resolve(toGlobalId('Article', ID), ['Article', 'Amendment']);
    expect(target).toMatchObject({
      kind: 'Article',
      id: ID,
      globalId: toGlobalId('Article', ID),
      rules: OPEN,
    });
  });

  it('refuses an id of another kind, an unknown row and garbage, each with its code', async () => {
    const targets = registry();
    await expect(targets.resolve(toGlobalId('Section', ID), ['Article'])).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(targets.resolve(toGlobalId('Article', ID), ['Amendment'])).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(
      targets.resolve(toGlobalId('Article', ID.replace('0b', '1b')), ['Article']),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(targets.resolve('%%%', ['Article'])).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('refuses to register a kind twice', () => {
    expect(() => registry().register('Article', async () => [])).toThrow(/twice/);
  });
});

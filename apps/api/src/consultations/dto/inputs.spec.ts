import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateConsultationInput } from './create-consultation.input.js';
import { PublishVersionInput } from './publish-version.input.js';
import { UpdateSectionInput } from './update-section.input.js';

async function errorsOf<T extends object>(
  type: new () => T,
  plain: Record<string, unknown>,
): Promise<{ value: T; messages: string[] }> {
  const value = plainToInstance(type, plain);
  const errors = await validate(value);
  const messages = errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}),
    ...(error.children ?? []).flatMap((child) => Object.values(child.constraints ?? {})),
  ]);
  return { value, messages };
}

describe('input validation', () => {
  it('accepts a well-formed consultation and trims its texts', async () => {
    const { value, messages } = await errorsOf(CreateConsultationInput, {
      slug: 'plan-2027',
      title: '  Plan  ',
      settings: { votesOpen: false },
    });
    expect(messages).toEqual([]);
    expect(value.title).toBe('Plan');
  });

  it('refuses malformed slugs, blank titles and non-boolean settings, in French', async () => {
    for (const slug of ['Plan', 'plan_2027', 'plan--2027', 'pl', 'é-t-é']) {
      const { messages } = await errorsOf(CreateConsultationInput, { slug, title: 'Plan' });
      expect(messages.join(' ')).toMatch(/adresse \(slug\)/);
    }
    const { messages } = await errorsOf(CreateConsultationInput, {
      slug: 'plan',
      title: ' ',
      settings: { votesOpen: 'oui' },
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        'Le titre est vide : saisissez-le.',
        expect.stringMatching(/boolean/),
      ]),
    );
  });

  it('bounds the text of a version and requires a changelog', async () => {
    const ok = await errorsOf(PublishVersionInput, {
      articleId: 'QXJ0aWNsZTp4',
      text: 'x'.repeat(100_000),
      changelog: 'Pourquoi.',
    });
    expect(ok.messages).toEqual([]);
    const tooLong = await errorsOf(PublishVersionInput, {
      articleId: 'QXJ0aWNsZTp4',
      text: 'x'.repeat(100_001),
      changelog: ' ',
    });
    expect(tooLong.messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Le texte compte 100\s001 caractères ; un article en compte au plus 100\s000\.$/,
        ),
        'Le résumé des modifications est vide : saisissez-le.',
      ]),
    );
    const blank = await errorsOf(PublishVersionInput, {
      articleId: 'QXJ0aWNsZTp4',
      text: ' \n \t',
      changelog: 'x',
      baseVersionNumber: 0,
    });
    expect(blank.messages).toEqual(
      expect.arrayContaining([
        'Le texte de l’article est vide : saisissez au moins une ligne.',
        'Les versions sont numérotées à partir de 1.',
      ]),
    );
  });

  it('accepts null for what an update leaves unchanged, and positions from 1', async () => {
    expect((await errorsOf(UpdateSectionInput, { sectionId: 'x', title: null })).messages).toEqual(
      [],
    );
    expect((await errorsOf(UpdateSectionInput, { sectionId: 'x', position: 0 })).messages).toEqual([
      'La position commence à 1.',
    ]);
  });
});

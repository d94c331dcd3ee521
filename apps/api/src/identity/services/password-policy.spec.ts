import { describe, expect, it } from '@jest/globals';
import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it('accepts a long uncommon passphrase', () => {
    expect(passwordProblem('cerise-tramway-lundi-42')).toBeUndefined();
  });

  it('refuses short, huge and common passwords, whatever their case', () => {
    expect(passwordProblem('court')).toMatch(/au moins 10 caractères/);
    expect(passwordProblem('x'.repeat(201))).toMatch(/200 caractères/);
    expect(passwordProblem('1234567890')).toMatch(/plus courants/);
    expect(passwordProblem('QWERTYUIOP')).toMatch(/plus courants/);
    expect(passwordProblem('motdepasse')).toBeUndefined(); // rank > 10,000 in the list: allowed
  });

  it('refuses a password built on the email or display name', () => {
    expect(passwordProblem('camille.dupont2026', { email: 'camille.dupont@example.org' })).toMatch(
      /adresse/,
    );
    expect(passwordProblem('xxLouiseMartin!!', { displayName: 'LouiseMartin' })).toMatch(
      /nom d’affichage/,
    );
  });
});

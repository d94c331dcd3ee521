import { expect, test, type Locator, type Page } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe';

const demoPassword = 'amendo-demo-2026';
const badCredentials = 'Adresse e-mail ou mot de passe incorrect.';

/** A fresh account per run: the demo database is kept between runs. */
function newAccount() {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    email: `e2e-${suffix}@exemple.test`,
    displayName: `Pseudo ${suffix}`,
    password: 'le bocage normand fleurit en avril',
  };
}

function header(page: Page): Locator {
  return page.getByRole('banner');
}

function errorSummary(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: 'Le formulaire n’a pas pu être envoyé' });
}

/** The polite status that says `text` (a page may hold several status regions). */
function status(page: Page, text: string | RegExp): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Presses Tab until `target` has focus (keyboard only), failing after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('accounts', () => {
  test('register, log out, log in again, then delete the account', async ({ page }) => {
    const account = newAccount();

    await page.goto('/');
    await header(page).getByRole('link', { name: 'Créer un compte' }).click();
    await expect(page).toHaveURL(/\/inscription$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Créer un compte' })).toBeVisible();
    await expect(page.getByText('Un pseudonyme convient très bien.')).toBeVisible();
    await expect(page.getByText('Elle n’est jamais affichée publiquement.')).toBeVisible();

    await page.getByLabel('Nom d’affichage').fill(account.displayName);
    await page.getByLabel('Adresse e-mail').fill(account.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    await expect(page).toHaveURL(/\/$/);
    await expect(status(page, `Bienvenue, ${account.displayName}`)).toBeVisible();
    const accountLink = header(page).getByRole('link', { name: account.displayName });
    await expect(accountLink).toBeVisible();

    // Log out: the header offers to log in again.
    await header(page).getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(status(page, 'Vous êtes déconnecté·e')).toBeVisible();
    const loginLink = header(page).getByRole('link', { name: 'Se connecter' });
    await expect(loginLink).toBeFocused();
    await expect(accountLink).toBeHidden();

    // Log in again with the same credentials.
    await loginLink.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
    await logIn(page, account.email, account.password);
    await expect(status(page, `Bienvenue, ${account.displayName}`)).toBeVisible();
    await expect(accountLink).toBeVisible();

    // Mon compte shows the account, privately.
    await accountLink.click();
    await expect(page).toHaveURL(/\/compte$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
    await expect(page.getByText(account.email)).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /Télécharger mes données/ }).click();
    expect((await download).suggestedFilename()).toBe('mes-donnees-amendo.json');
    await expectNoAxeViolations(page);

    // Delete it: a confirmation step that explains what stays, and asks for the password.
    const deletion = page.getByRole('region', { name: 'Supprimer mon compte' });
    await expect(deletion).toContainText('Participant·e supprimé·e');
    await deletion.getByRole('button', { name: 'Supprimer mon compte' }).click();
    const confirmPassword = deletion.getByLabel('Votre mot de passe', { exact: true });
    await expect(confirmPassword).toBeFocused();
    await confirmPassword.fill('pas le bon mot de passe');
    await deletion.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await expect(errorSummary(page)).toContainText('Mot de passe actuel incorrect.');
    await expect(confirmPassword).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await confirmPassword.fill(account.password);
    await deletion.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(status(page, 'Votre compte a été supprimé')).toBeVisible();
    await expect(header(page).getByRole('link', { name: 'Se connecter' })).toBeVisible();

    // The account is gone: logging in fails, in French.
    await header(page).getByRole('link', { name: 'Se connecter' }).click();
    await logIn(page, account.email, account.password);
    await expect(errorSummary(page)).toContainText(badCredentials);
  });

  test('a wrong password shows the error on the password field, linked from the summary', async ({
    page,
  }) => {
    await page.goto('/connexion');
    await logIn(page, 'citoyen2@amendo.test', 'pas-le-bon-mot-de-passe');

    const summary = errorSummary(page);
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(badCredentials);

    const password = page.getByLabel('Mot de passe', { exact: true });
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(new RegExp(badCredentials));
    await expect(page.getByLabel('Adresse e-mail')).not.toHaveAttribute('aria-invalid', 'true');

    await summary.getByRole('link', { name: badCredentials }).click();
    await expect(password).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test('too many attempts: the wait is shown, in the summary', async ({ page }) => {
    const message = 'Trop de tentatives de connexion depuis votre adresse. Réessayez dans 45 s.';
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('mutation Login')) return route.continue();
      await route.fulfill({
        json: { errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfter: 45 } }] },
      });
    });
    await page.goto('/connexion');
    await logIn(page, 'citoyen1@amendo.test', demoPassword);
    await expect(errorSummary(page)).toContainText('Réessayez dans 45 s.');
    await expect(page.getByLabel('Mot de passe', { exact: true })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(page.getByRole('button', { name: 'Se connecter' })).toBeEnabled();
  });

  test('keyboard only: log in as citoyen1 with Tab and Enter', async ({ page }) => {
    await page.goto('/');
    await expect(header(page).getByRole('link', { name: 'Se connecter' })).toBeVisible();

    await tabTo(page, header(page).getByRole('link', { name: 'Se connecter' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();

    await tabTo(page, page.getByLabel('Adresse e-mail'));
    await page.keyboard.type('citoyen1@amendo.test');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Mot de passe', { exact: true })).toBeFocused();
    await page.keyboard.type(demoPassword);

    // The toggle shows what was typed, without a mouse.
    await page.keyboard.press('Tab');
    const toggle = page.getByRole('button', { name: 'Afficher le mot de passe' });
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveAttribute('type', 'text');

    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Se connecter' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(header(page).getByRole('link', { name: /Camille/ })).toBeVisible();
    await expect(status(page, 'Bienvenue, Camille')).toBeVisible();
  });

  test('Mon compte asks anonymous visitors to log in, then comes back', async ({ page }) => {
    await page.goto('/compte');
    await expect(page).toHaveURL(/\/connexion\?retour=%2Fcompte$/);
    await logIn(page, 'citoyen3@amendo.test', demoPassword);
    await expect(page).toHaveURL(/\/compte$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
    await expect(header(page).getByRole('link', { name: /Louise/ })).toBeVisible();
  });

  test('another site is never a place to come back to', async ({ page }) => {
    await page.goto('/connexion?retour=%2F%2Fexemple.org%2Fpiege');
    await logIn(page, 'citoyen4@amendo.test', demoPassword);
    await expect(status(page, 'Bienvenue')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('the forms have no axe violation, with errors shown too', async ({ page }) => {
    await page.goto('/connexion');
    await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(errorSummary(page)).toContainText('Indiquez votre adresse e-mail.');
    await expect(errorSummary(page)).toBeFocused();
    await expectNoAxeViolations(page);

    await page.goto('/inscription');
    await expect(page.getByRole('heading', { level: 1, name: 'Créer un compte' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Adresse e-mail').fill('pas-une-adresse');
    await page.getByLabel('Mot de passe', { exact: true }).fill('court');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    const summary = errorSummary(page);
    await expect(summary.getByRole('listitem')).toHaveCount(3);
    await expect(page.getByLabel('Nom d’affichage')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    // A server-side refusal: the email is already taken.
    await page.getByLabel('Nom d’affichage').fill('Quelqu’un');
    await page.getByLabel('Adresse e-mail').fill('citoyen5@amendo.test');
    await page.getByLabel('Mot de passe', { exact: true }).fill('une longue phrase de passe');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(summary).toContainText('Un compte existe déjà avec cette adresse e-mail');
    await expect(page.getByLabel('Adresse e-mail')).toHaveAttribute('aria-invalid', 'true');

    await page.goto('/connexion?retour=%2Fcompte');
    await logIn(page, 'citoyen5@amendo.test', demoPassword);
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect(errorSummary(page)).toContainText('Indiquez votre mot de passe actuel.');
    await expect(page.getByLabel('Mot de passe actuel')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
  });

  test('changing the display name updates the header', async ({ page }) => {
    await page.goto('/connexion?retour=%2Fcompte');
    await logIn(page, 'citoyen2@amendo.test', demoPassword);
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();

    const name = page.getByRole('textbox', { name: 'Nom d’affichage' });
    const original = await name.inputValue();
    const renamed = `${original} (essai)`;
    await name.fill(renamed);
    await page.getByRole('button', { name: 'Enregistrer le nom' }).click();
    await expect(status(page, 'C’est enregistré')).toContainText(renamed);
    await expect(header(page).getByRole('link', { name: renamed })).toBeVisible();

    await name.fill(original);
    await page.getByRole('button', { name: 'Enregistrer le nom' }).click();
    await expect(
      header(page).getByRole('link', { name: new RegExp(`${original}$`) }),
    ).toBeVisible();
  });

  test('change the password, then log out of every device', async ({ page }) => {
    const account = newAccount();
    await page.goto('/inscription?retour=%2Fcompte');
    await page.getByLabel('Nom d’affichage').fill(account.displayName);
    await page.getByLabel('Adresse e-mail').fill(account.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();

    const current = page.getByLabel('Mot de passe actuel');
    const next = page.getByLabel('Nouveau mot de passe');
    await current.fill('pas le bon mot de passe');
    await next.fill('une autre phrase tout aussi longue');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect(errorSummary(page)).toContainText('Mot de passe actuel incorrect.');
    await expect(current).toHaveAccessibleDescription(/Mot de passe actuel incorrect/);

    await current.fill(account.password);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect(status(page, 'Votre mot de passe est changé')).toBeVisible();
    await expect(errorSummary(page)).toBeHidden();

    await page.getByRole('button', { name: 'Se déconnecter de tous les appareils' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(status(page, 'déconnecté·e de tous vos appareils')).toBeVisible();
    await expect(header(page).getByRole('link', { name: 'Se connecter' })).toBeVisible();

    await header(page).getByRole('link', { name: 'Se connecter' }).click();
    await logIn(page, account.email, 'une autre phrase tout aussi longue');
    await expect(header(page).getByRole('link', { name: account.displayName })).toBeVisible();
  });
});

import { mkdirSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe';

const password = 'amendo-demo-2026';
const shots = '/tmp/amendo-shots/workshops';

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
}

/** A full-page picture, wide and at 320 px (without sideways scrolling); then back to wide. */
async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `${shots}/${name}-320.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Today in Paris, `YYYY-MM-DD`, minus `days`. */
function dayBefore(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

test('a facilitator records a workshop, enters two of its contributions, and they show where they come from', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const workshopTitle = `Citoyenneté ${stamp}`;

  // Log in as the facilitator, through the login page.
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill('mediation@amendo.test');
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('link', { name: /Mon compte/ })).toBeVisible();

  // « Espace médiation » is in the header for facilitators.
  const navLink = page.getByRole('navigation', { name: /principale/i }).getByRole('link', {
    name: 'Espace médiation',
  });
  await expect(navLink).toBeVisible();
  await navLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Espace médiation' })).toBeVisible();
  await expect(page.getByText('Enregistrez d’abord un atelier')).toBeVisible();
  await expectNoAxeViolations(page);

  // A bad workshop: clear errors, tied to their fields.
  await page.getByLabel('Titre de l’atelier').fill(workshopTitle);
  await page.getByLabel('Lieu').fill('Châteauroux');
  await page.getByLabel('Date de l’atelier').fill('2099-03-17');
  await page.getByLabel('Nombre de participants').fill('0');
  await page.getByRole('button', { name: 'Enregistrer l’atelier' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('dans le futur');
  await expect(page.getByLabel('Date de l’atelier')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  // Then a good one.
  await page.getByLabel('Date de l’atelier').fill(dayBefore(3));
  await page.getByLabel('Nombre de participants').fill('24');
  await page.getByRole('button', { name: 'Enregistrer l’atelier' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'est enregistré' })).toBeVisible();
  await expect(
    page.getByRole('list').filter({ hasText: `${workshopTitle} — Châteauroux` }),
  ).toContainText('24 participants');
  await screenshots(page, 'workspace');
  await expectNoAxeViolations(page);

  // An amendment on behalf of the workshop.
  await expect(page.getByLabel('Atelier dont elle est issue')).toContainText(workshopTitle);
  await page.getByLabel('Première ligne modifiée').fill('1');
  await page.getByLabel('Dernière ligne modifiée').fill('1');
  await page.getByLabel('Texte proposé').fill(`Une rédaction voulue par l’atelier (${stamp}).`);
  await page.getByLabel('Exposé des motifs').fill('Les participants veulent un texte plus clair.');
  await page.getByRole('button', { name: 'Publier au nom de l’atelier' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'L’amendement est publié' }),
  ).toBeVisible();

  // A proposed article on behalf of the workshop.
  await page.getByLabel('Proposition d’article').check();
  await page.getByLabel('Titre de l’article proposé').fill(`Un médiateur par canton (${stamp})`);
  await page
    .getByLabel('Texte de l’article proposé')
    .fill('Chaque canton dispose d’un médiateur numérique.');
  await page.getByLabel('Exposé des motifs').fill('Demandé par l’atelier.');
  await page.getByRole('button', { name: 'Publier au nom de l’atelier' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'La proposition d’article est publiée' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Both show their provenance on their public pages.
  const provenance = new RegExp(
    `Contribution issue de l’atelier « ${workshopTitle} » — Châteauroux, .+, saisie par `,
  );
  const amendmentHref = await page
    .getByRole('link', { name: 'Voir l’amendement publié' })
    .getAttribute('href');
  const proposalHref = await page
    .getByRole('link', { name: 'Voir la proposition publiée' })
    .getAttribute('href');
  expect(amendmentHref && proposalHref).toBeTruthy();
  await page.getByRole('link', { name: 'Voir l’amendement publié' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(provenance)).toBeVisible();
  await screenshots(page, 'amendment');
  await expectNoAxeViolations(page);

  await page.goto(proposalHref as string);
  await expect(
    page.getByRole('heading', { level: 1, name: /Un médiateur par canton/ }),
  ).toBeVisible();
  await expect(page.getByText(provenance)).toBeVisible();
  await screenshots(page, 'proposal');
  await expectNoAxeViolations(page);
});

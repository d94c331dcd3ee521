import { expect, test, type Page } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe';

const demoTitle = 'Projet de schéma régional du numérique';
const demoSections = [
  'Créativité',
  'Citoyenneté',
  'Relocalisation',
  'Patrimoine',
  'Sobriété',
  'Inclusion',
];
const articleLinkName = /^Article \d+ — \S/;

async function openDemoConsultation(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: demoTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: demoTitle })).toBeVisible();
}

function tableOfContents(page: Page) {
  return page.getByRole('navigation', { name: 'Sommaire du projet de texte' });
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
}

test.describe('reading a consultation', () => {
  test('the home page lists the demo consultation, in French', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/Consultations publiques/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Consultations publiques' }),
    ).toBeVisible();

    const card = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: demoTitle }) });
    await expect(card.getByRole('link', { name: demoTitle })).toBeVisible();
    await expect(card.getByText('Ouverte aux contributions')).toBeVisible();
    await expect(card.getByText(/^Clôture le \d{1,2} \p{L}+ \d{4}$/u)).toBeVisible();

    await expectNoAxeViolations(page);
  });

  test('the consultation page shows its six sections and their articles', async ({ page }) => {
    await openDemoConsultation(page);
    await expect(page).toHaveURL(/\/consultations\/[^/]+$/);
    await expect(page.getByText('Ouverte aux contributions')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' })).toContainText('Accueil');

    const toc = tableOfContents(page);
    // Section titles start with their theme ("Créativité — Faire de la région…").
    await expect(toc.getByRole('heading', { level: 2 })).toHaveText(
      demoSections.map((name) => new RegExp(`^${name}`)),
    );
    const articleLinks = toc.getByRole('link', { name: articleLinkName });
    expect(await articleLinks.count()).toBeGreaterThanOrEqual(demoSections.length);

    await expectNoAxeViolations(page);
  });

  test('an article link leads to its page, with a way back', async ({ page }) => {
    await openDemoConsultation(page);
    const firstArticle = tableOfContents(page).getByRole('link', { name: articleLinkName }).first();
    const articleName = (await firstArticle.textContent())?.trim() ?? '';
    await firstArticle.click();

    await expect(page).toHaveURL(/\/consultations\/[^/]+\/articles\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(articleName);
    await expect(page.getByRole('list', { name: /^Texte de l’article 1, version/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await page
      .getByRole('navigation', { name: 'Fil d’Ariane' })
      .getByRole('link', { name: demoTitle })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: demoTitle })).toBeVisible();
  });

  test('unknown addresses get a page that explains and leads home', async ({ page }) => {
    await page.goto('/cette-page-n-existe-pas');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/consultations/consultation-inconnue');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Consultation introuvable' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Revenir à l’accueil' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Consultations publiques' }),
    ).toBeVisible();
  });

  test('when the service does not answer, the page says so in plain French', async ({ page }) => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Cette page ne peut pas s’afficher pour le moment');
    await expect(page.getByRole('button', { name: 'Réessayer' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('language', () => {
  // French first, even for a browser set to English.
  test.use({ locale: 'en-US' });

  test('switching to English changes the labels and html[lang], and is remembered', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByText('Ouverte aux contributions').first()).toBeVisible();

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Public consultations' }),
    ).toBeVisible();
    await expect(page.getByText('Open for contributions').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Public consultations' }),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Consultations publiques' }),
    ).toBeVisible();
  });
});

test.describe('keyboard and small screens', () => {
  test('Tab from the top reaches the skip link first, and it moves focus to main', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: demoTitle })).toBeVisible();

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();

    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();

    // The next Tab lands in the content, past the header.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: demoTitle })).toBeFocused();
  });

  test('at 320 px wide, no page scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });

    await page.goto('/');
    await expect(page.getByRole('link', { name: demoTitle })).toBeVisible();
    await expectNoSidewaysScroll(page);

    await page.getByRole('link', { name: demoTitle }).click();
    await expect(page.getByRole('heading', { level: 1, name: demoTitle })).toBeVisible();
    await expect(tableOfContents(page).getByRole('heading', { level: 2 })).toHaveCount(
      demoSections.length,
    );
    await expectNoSidewaysScroll(page);

    await tableOfContents(page).getByRole('link', { name: articleLinkName }).first().click();
    await expect(page.getByRole('list', { name: /^Texte de l’article 1, version/ })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});

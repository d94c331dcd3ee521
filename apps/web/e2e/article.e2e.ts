import { expect, test, type Page } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe';

const slug = 'schema-regional-du-numerique';
const demoTitle = 'Projet de schéma régional du numérique';
const admin = { email: 'admin@amendo.test', password: 'amendo-demo-2026' };

/** Opens article `number` of the demo consultation from its table of contents. */
async function openArticle(page: Page, number: number): Promise<string> {
  await page.goto(`/consultations/${slug}`);
  await page
    .getByRole('navigation', { name: 'Sommaire du projet de texte' })
    .getByRole('link', { name: new RegExp(`^Article ${number} — `) })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    new RegExp(`^Article ${number} — `),
  );
  return new URL(page.url()).pathname;
}

function articleText(page: Page, number: number) {
  return page.getByRole('list', {
    name: new RegExp(`^Texte de l’article ${number}, version \\d+`),
  });
}

function line(page: Page, number: number) {
  return page.locator(`#ligne-${number}`);
}

async function expectSelected(page: Page, lines: number[], count: number): Promise<void> {
  for (let number = 1; number <= count; number += 1) {
    const expectation = expect(line(page, number));
    if (lines.includes(number)) await expectation.toHaveClass(/article-line--selected/);
    else await expectation.not.toHaveClass(/article-line--selected/);
  }
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
}

/** Logs in through the API; the session cookie is shared with the page. */
async function logInAsAdmin(page: Page): Promise<void> {
  const response = await page.request.post('/graphql', {
    data: {
      query: 'mutation Login($input: LoginInput!) { login(input: $input) { viewer { id } } }',
      variables: { input: admin },
    },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { errors?: unknown[] };
  expect(body.errors).toBeUndefined();
}

test.describe('reading an article', () => {
  test('the text is shown as numbered lines, each number a link to the line', async ({ page }) => {
    await openArticle(page, 1);
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' })).toContainText(demoTitle);
    await expect(page.getByText(/^Partie : Créativité/)).toBeVisible();

    const text = articleText(page, 1);
    await expect(text.getByRole('listitem')).toHaveCount(9);
    await expect(text.getByRole('link', { name: 'Ligne 3', exact: true })).toHaveAttribute(
      'href',
      '#L3',
    );
    await expect(line(page, 1)).toContainText('La Région crée un fonds de soutien');
    await expect(page.getByText('Aucune ligne sélectionnée.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Versions (1)' })).toBeVisible();

    await expectNoAxeViolations(page);
  });

  test('#L3 highlights line 3, #L3-L5 lines 3 to 5; clicks on numbers select', async ({ page }) => {
    const path = await openArticle(page, 1);

    await page.goto(`${path}#L3`);
    await expect(articleText(page, 1)).toBeVisible();
    await expectSelected(page, [3], 9);
    await expect(page.getByText('Ligne 3 sélectionnée', { exact: true })).toBeVisible();

    await page.goto(`${path}#L3-L5`);
    await expectSelected(page, [3, 4, 5], 9);
    await expect(page.getByText('Lignes 3 à 5 sélectionnées', { exact: true })).toBeVisible();

    const text = articleText(page, 1);
    await text.getByRole('link', { name: 'Ligne 7', exact: true }).click();
    await expect(page).toHaveURL(/#L7$/);
    await expectSelected(page, [7], 9);
    await text.getByRole('link', { name: 'Ligne 8', exact: true }).click({ modifiers: ['Shift'] });
    await expect(page).toHaveURL(/#L7-L8$/);
    await expectSelected(page, [7, 8], 9);

    await page.getByRole('button', { name: 'Effacer la sélection' }).click();
    await expectSelected(page, [], 9);
    await expect(page).not.toHaveURL(/#L/);
  });

  test('with the keyboard, lines 2 to 4 are selected and the selection is announced', async ({
    page,
  }) => {
    await openArticle(page, 1);
    await page.getByText('Comment sélectionner des lignes ?').focus();
    await page.keyboard.press('Tab');
    await expect(line(page, 1)).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await expect(line(page, 2)).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(line(page, 4)).toBeFocused();
    await expectSelected(page, [2, 3, 4], 9);
    await expect(page).toHaveURL(/#L2-L4$/);
    const announcer = page.locator('.line-selection [role="status"]');
    await expect(announcer).toHaveText('Lignes 2 à 4 sélectionnées');
    await expectNoAxeViolations(page);

    await page.keyboard.press('Escape');
    await expectSelected(page, [], 9);
    await expect(announcer).toHaveText('Sélection effacée');
  });

  test('at 320 px wide, the article page does not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const path = await openArticle(page, 1);
    await page.goto(`${path}#L2-L3`);
    await expect(articleText(page, 1)).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});

test.describe('administration', () => {
  test('visitors are told the page is for administrators and offered to log in', async ({
    page,
  }) => {
    await page.goto(`/admin/consultations/${slug}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Page réservée à l’administration' }),
    ).toBeVisible();
    await expect(
      page.getByRole('main').getByRole('link', { name: 'Se connecter' }),
    ).toHaveAttribute('href', /\/connexion\?retour=/);
    await expectNoAxeViolations(page);
  });

  test('an admin publishes a new version with a preview; both versions and their diff are shown', async ({
    page,
  }) => {
    await logInAsAdmin(page);
    await page.goto(`/consultations/${slug}`);
    await page.getByRole('link', { name: 'Modifier la consultation et son plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: demoTitle })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Plan du texte' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Nouvelle version de l’article 2' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: /^Nouvelle version de l’article 2/ }),
    ).toBeVisible();

    // Whatever was published before (a rerun on the same data), publish the next version.
    const textField = page.getByRole('textbox', { name: /^Texte de la version \d+$/ });
    const label = (await page.locator('label[for="publish-text"]').textContent()) ?? '';
    const next = Number(/(\d+)$/.exec(label)?.[1]);
    const previous = next - 1;
    expect(previous).toBeGreaterThanOrEqual(1);

    const lines = (await textField.inputValue()).split('\n');
    const [from, to] = /\bdeux\b/.test(lines[1]) ? ['deux', 'trois'] : ['trois', 'deux'];
    lines[1] = lines[1].replace(new RegExp(`\\b${from}\\b`), to);
    lines.push(`VII. — Un bilan public du label est présenté chaque année (essai ${next}).`);
    await textField.fill(lines.join('\n'));

    const preview = page.getByRole('region', { name: 'Aperçu des modifications' });
    await expect(preview.getByText('2 passages modifiés.')).toBeVisible();
    await expect(preview.locator('del', { hasText: from })).toBeVisible();
    await expect(preview.locator('ins', { hasText: to })).toBeVisible();
    await expect(preview.getByText('Ligne 2 modifiée')).toBeVisible();
    await expect(preview.getByText(`Ligne ${lines.length} ajoutée`)).toBeVisible();

    // A missing changelog is caught before anything is sent.
    await page.getByRole('button', { name: `Vérifier et publier la version ${next}` }).click();
    const summary = page
      .getByRole('alert')
      .filter({ hasText: 'Le formulaire n’a pas pu être envoyé' });
    await expect(summary).toContainText('Indiquez ce qui change et pourquoi.');
    await expectNoAxeViolations(page);

    await page
      .getByRole('textbox', { name: 'Résumé des modifications' })
      .fill(`Trois résidences au lieu de deux, et un bilan annuel (essai ${next}).`);
    const review = page.getByRole('button', { name: `Vérifier et publier la version ${next}` });
    const confirm = page.getByRole('button', { name: `Oui, publier la version ${next}` });

    // A refusal from the server is shown beside its field and in the summary, nothing lost.
    const refusal = 'Le texte compte 100 001 caractères ; un article en compte au plus 100 000.';
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName !== 'PublishArticleVersion') return route.fallback();
      await route.fulfill({
        json: {
          data: null,
          errors: [{ message: refusal, extensions: { code: 'BAD_USER_INPUT', field: 'text' } }],
        },
      });
    });
    await review.click();
    await confirm.click();
    await expect(summary).toContainText(refusal);
    await expect(page.locator('#publish-text-error')).toContainText(refusal);
    await expect(textField).toHaveValue(lines.join('\n'));
    await page.unroute('**/graphql');

    await review.click();
    await expect(page.getByRole('heading', { name: `Publier la version ${next} ?` })).toBeFocused();
    await confirm.click();
    await expect(page.getByText(`La version ${next} de l’article 2 est publiée.`)).toBeVisible();
    await expect(
      page.getByRole('textbox', { name: `Texte de la version ${next + 1}` }),
    ).toBeVisible();

    await page
      .getByRole('link', {
        name: `Voir ce qui a changé entre la version ${previous} et la version ${next}`,
      })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Article 2 — /);
    await expect(page.getByRole('link', { name: `Versions (${next})` })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const history = page.getByRole('region', { name: 'Historique des versions' });
    await expect(
      history.getByRole('heading', { level: 3, name: `Version ${next} en vigueur` }),
    ).toBeVisible();
    await expect(
      history.getByRole('heading', { level: 3, name: `Version ${previous}`, exact: true }),
    ).toBeVisible();
    await expect(history).toContainText(`un bilan annuel (essai ${next})`);

    // Side by side (the default): the old words struck on the left, the new ones on the right.
    const comparison = page.getByRole('region', { name: 'Comparer deux versions' });
    await expect(
      comparison.getByRole('heading', {
        name: `Ce qui a changé de la version ${previous} à la version ${next}`,
      }),
    ).toBeVisible();
    await expect(comparison.getByRole('radio', { name: 'Côte à côte' })).toBeChecked();
    const changed = comparison.getByRole('group', { name: 'Ligne 2 modifiée' });
    await expect(changed.locator('.diff-side--old del')).toHaveText(`(supprimé : ${from})`);
    await expect(changed.locator('.diff-side--new ins')).toHaveText(`(ajouté : ${to})`);
    await expect(changed.getByText(`Dans la version ${previous} : ligne 2`)).toBeVisible();
    await expectNoAxeViolations(page);

    // Inline: one text, deleted and added words side by side in it.
    // The mode lives in the address: click, then wait for the navigation to check the radio.
    await comparison.getByRole('radio', { name: 'Dans le texte' }).click();
    await expect(page).toHaveURL(/affichage=dans-le-texte/);
    await expect(comparison.getByRole('radio', { name: 'Dans le texte' })).toBeChecked();
    const inline = comparison.getByRole('group', { name: 'Ligne 2 modifiée' });
    await expect(inline.locator('del')).toHaveText(`(supprimé : ${from})`);
    await expect(inline.locator('ins')).toHaveText(`(ajouté : ${to})`);
    await expect(
      comparison.getByRole('group', { name: `Ligne ${lines.length} ajoutée` }),
    ).toContainText('Un bilan public du label');
    await expectNoAxeViolations(page);

    // At 320 px, the diff stacks instead of scrolling sideways, in both modes.
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page);
    await comparison.getByRole('radio', { name: 'Côte à côte' }).click();
    await expect(comparison.getByRole('radio', { name: 'Côte à côte' })).toBeChecked();
    await expect(comparison.getByRole('group', { name: 'Ligne 2 modifiée' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });

    // The older version stays readable, with its own line numbers.
    await history.getByRole('link', { name: `Lire la version ${previous}` }).click();
    await expect(page).toHaveURL(new RegExp(`\\?version=${previous}$`));
    await expect(page.getByText(`Vous lisez la version ${previous},`)).toBeVisible();
    await expect(articleText(page, 2)).toHaveAccessibleName(
      `Texte de l’article 2, version ${previous}, ligne par ligne`,
    );
    await expect(line(page, 2)).toContainText(from);
    await page.getByRole('link', { name: 'Lire la version en vigueur' }).click();
    await expect(line(page, 2)).toContainText(to);
    await expect(line(page, lines.length)).toContainText(`(essai ${next})`);
  });
});

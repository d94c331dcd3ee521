import { expect, test, type Page } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe';

const slug = 'schema-regional-du-numerique';
const password = 'amendo-demo-2026';
const proposalTitle = `Un observatoire régional de l’inclusion numérique (${Date.now()})`;

async function graphql<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await page.request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A proposal and an amendment by citizen 1 (through the API), so that every kind of result exists. */
async function seedContributions(page: Page): Promise<{ sectionId: string; articleId: string }> {
  const { login } = await graphql<{ login: { token: string } }>(
    page,
    'mutation($input: LoginInput!) { login(input: $input) { token } }',
    { input: { email: 'citoyen1@amendo.test', password } },
  );
  const { consultation } = await graphql<{
    consultation: { sections: { id: string; articles: { id: string }[] }[] };
  }>(
    page,
    'query($slug: String!) { consultation(slug: $slug) { sections { id articles { id } } } }',
    { slug },
  );
  const sectionId = consultation.sections.at(-1)?.id ?? '';
  const articleId = consultation.sections.at(-1)?.articles[0]?.id ?? '';
  await graphql(
    page,
    'mutation($input: ProposeArticleInput!) { proposeArticle(input: $input) { id } }',
    {
      input: {
        sectionId,
        title: proposalTitle,
        body: 'I. — La Région crée un observatoire de l’inclusion numérique, qui publie chaque année ses mesures.',
        rationale: 'Mesurer la fracture numérique pour mieux la réduire.',
      },
    },
    login.token,
  );
  await graphql(
    page,
    'mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }',
    {
      input: {
        articleId,
        versionNumber: 1,
        lineStart: 1,
        lineEnd: 1,
        proposedText: 'I. — La Région finance la médiation numérique à domicile pour les seniors.',
        rationale: 'Les seniors isolés ne peuvent pas toujours se déplacer.',
      },
    },
    login.token,
  );
  return { sectionId, articleId };
}

/** No sideways scroll at 320 px (WCAG 1.4.10), then back to a wide window. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
  await page.setViewportSize({ width: 1280, height: 720 });
}

let seeded = { sectionId: '', articleId: '' };

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  seeded = await seedContributions(page);
  await page.close();
});

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('link', { name: 'Se connecter' })).toHaveCount(0);
}

test('search from the header: highlighted results, filtered by kind, one opened', async ({
  page,
}) => {
  await page.goto(`/consultations/${slug}`);
  const landmark = page.getByRole('search', { name: 'Recherche dans la consultation' });
  const box = landmark.getByRole('searchbox', { name: 'Rechercher dans la consultation' });
  await box.fill('numerique');
  await box.press('Enter');

  await expect(page).toHaveURL(/\/recherche\?q=numerique$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Recherche' })).toBeVisible();
  const status = page.getByRole('status').filter({ hasText: /\d+ résultats pour « numerique »/ });
  await expect(status).toBeVisible();
  const results = page.getByRole('list', { name: 'Résultats' }).getByRole('listitem');
  const marks = page.locator('.search-result mark');
  await expect(results.first()).toBeVisible();
  await expect(marks.first()).toBeVisible();
  const all = await results.count();
  expect(all).toBeGreaterThan(1);
  // The words found, whatever their accents, are marked in the excerpts.
  for (const text of await marks.allTextContents()) {
    expect(text.toLowerCase()).toMatch(/^numéri/);
  }
  await expectNoAxeViolations(page);
  await page.screenshot({ path: '/tmp/pw-search/search-results.png', fullPage: true });
  await expectNoSidewaysScroll(page);

  // Only proposals: the address says so, and the count is announced again.
  await page.getByRole('checkbox', { name: 'Propositions' }).check();
  await expect(page).toHaveURL(/type=proposition/);
  await expect(page.getByRole('list', { name: 'Résultats' })).toHaveAttribute('aria-busy', 'false');
  await expect(
    page.getByRole('status').filter({ hasText: /^\d+ résultats? pour « numerique »/ }),
  ).toBeVisible();
  const link = results.getByRole('link', {
    name: `Proposition de nouvel article — ${proposalTitle}`,
    exact: true,
  });
  await expect(link).toBeVisible();
  const filtered = await results.count();
  expect(filtered).toBeLessThan(all);
  for (const title of await results.getByRole('link').allTextContents()) {
    expect(title).toMatch(/^Proposition de nouvel article — /);
  }
  await expect(page.getByRole('checkbox', { name: 'Propositions' })).toBeChecked();
  await expectNoAxeViolations(page);

  // Keyboard: the result's link opens the proposal.
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(proposalTitle);
});

test('the proposal form shows similar contributions while the citizen writes', async ({ page }) => {
  await logIn(page, 'citoyen2@amendo.test');

  await page.goto(
    `/consultations/${slug}/parties/${encodeURIComponent(seeded.sectionId)}/nouvel-article`,
  );
  await page
    .getByRole('textbox', { name: 'Titre de l’article' })
    .fill('Mesurer l’inclusion numérique');
  const hint = page.getByRole('region', { name: 'Des contributions proches existent déjà' });
  await expect(hint).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: /contributions? proches? existe/ }),
  ).toBeVisible();
  await expect(
    hint.getByRole('link', { name: `Proposition de nouvel article — ${proposalTitle}` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: '/tmp/pw-search/similar.png', fullPage: true });
});

test('the amendment form shows the similar amendments of the article', async ({ page }) => {
  await logIn(page, 'citoyen3@amendo.test');
  await page.goto(`/consultations/${slug}/articles/${encodeURIComponent(seeded.articleId)}#L2`);
  await page.getByRole('button', { name: 'Proposer une modification' }).click();
  const form = page.getByRole('region', { name: /^Proposer une modification de la ligne 2/ });
  await form
    .getByRole('textbox', { name: 'Exposé des motifs' })
    .fill('Une médiation numérique pour les seniors, chez eux.');
  const hint = form.getByRole('region', { name: 'Des contributions proches existent déjà' });
  await expect(hint.getByRole('link', { name: /^Amendement à l’article \d+$/ })).toBeVisible();
  await expect(hint.locator('mark').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: '/tmp/pw-search/similar-amendment.png', fullPage: true });
});

import { expect, test, type Page } from '@playwright/test';

import { mkdirSync } from 'node:fs';

import { AxeBuilder } from '@axe-core/playwright';

import { expectNoAxeViolations, wcagTags } from './support/axe';

const slug = 'schema-regional-du-numerique';

interface ArticlesData {
  consultation: {
    sections: { articles: { id: string; versions: { number: number }[] }[] }[];
  };
}

/** No sideways scroll at 320 px (WCAG 1.4.10), then back to a wide window. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('the open data page lists every dataset with files that download', async ({ page }) => {
  await page.goto(`/consultations/${slug}`);
  await page.getByRole('link', { name: 'Données ouvertes' }).click();
  await expect(page).toHaveURL(`/consultations/${slug}/donnees`);
  await expect(page.getByRole('heading', { level: 1, name: 'Données ouvertes' })).toBeVisible();

  const datasets = page.locator('.open-data__dataset');
  await expect(datasets.first()).toBeVisible();
  const count = await datasets.count();
  expect(count).toBeGreaterThan(1);
  for (const format of ['CSV', 'NDJSON']) {
    const links = page.locator('.open-data__file', { hasText: new RegExp(`^${format}$`) });
    await expect(links).toHaveCount(count);
    for (const href of await links.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('href') ?? ''),
    )) {
      expect(href).toMatch(new RegExp(`^/open-data/${slug}/[a-z]+\\.${format.toLowerCase()}$`));
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
  }

  // The fields of a dataset, in a table inside its <details>.
  await datasets.first().locator('summary').click();
  await expect(datasets.first().getByRole('columnheader', { name: 'Type' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Licence Ouverte/ })).toHaveAttribute(
    'href',
    /etalab/,
  );
  await expect(page.locator('pre code')).toHaveCount(2);
  await expect(page.getByText('/graphql, ouverte sans compte')).toBeVisible();

  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});

test('the timeline of an article tells what happened, newest first', async ({ page }) => {
  const response = await page.request.post('/graphql', {
    data: {
      query:
        'query($slug: String!) { consultation(slug: $slug) { sections { articles { id versions { number } } } } }',
      variables: { slug },
    },
  });
  const { data } = (await response.json()) as { data: ArticlesData };
  const articles = data.consultation.sections.flatMap((section) => section.articles);
  const article = [...articles].sort((a, b) => b.versions.length - a.versions.length)[0];
  expect(article).toBeDefined();

  await page.goto(`/consultations/${slug}/articles/${article?.id ?? ''}`);
  await page.getByRole('link', { name: 'Historique de l’article' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Historique de l’article');
  await expect(page.getByText('Nouvelle version publiée').first()).toBeVisible();

  // Newest first.
  const dates = await page
    .locator('.article-timeline__event time')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());

  // Filtered by kind: only the versions.
  await page.getByLabel('Type d’événement').selectOption('versions');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/\?type=versions$/);
  await expect(page.locator('.article-timeline__label').first()).toHaveText(
    /Nouvelle version publiée|Article/,
  );

  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});

test('the API explorer loads on its own page, runs the example query anonymously and shows the result', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.resourceType() === 'stylesheet')
      scripts.push(request.url());
  });
  await page.goto(`/consultations/${slug}/donnees`);
  await expect(page.getByRole('heading', { level: 1, name: 'Données ouvertes' })).toBeVisible();
  // The other pages never download GraphiQL or its editor.
  expect(scripts.filter((url) => /explorer-page|codemirror/.test(url))).toEqual([]);

  const graphqlRequests: { cookie: string | undefined; method: string }[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql')
      graphqlRequests.push({ cookie: request.headers().cookie, method: request.method() });
  });
  await page.getByRole('link', { name: 'Explorer l’API' }).click();
  await expect(page).toHaveURL(`/consultations/${slug}/donnees/explorateur`);
  await expect(page.getByRole('heading', { level: 1, name: 'Explorateur de l’API' })).toBeVisible();
  await expect(page).toHaveTitle(/Explorateur de l’API/);
  await expect(page.getByText(/Outil pour développeuses et développeurs/)).toBeVisible();
  expect(scripts.some((url) => /explorer-page/.test(url))).toBe(true);

  // Pre-filled with the example; GraphiQL's run button executes it.
  const editor = page.locator('.explorer__editor');
  await expect(editor.locator('.graphiql-query-editor')).toContainText(
    `consultation(slug: "${slug}")`,
  );
  await editor.getByRole('button', { name: /Execute query/ }).click();
  const result = editor.locator('.result-window');
  await expect(result).toContainText('"consultation"');
  await expect(result).toContainText('"sections"');
  await expect(result).not.toContainText('"errors"');
  expect(graphqlRequests.length).toBeGreaterThan(0);
  expect(graphqlRequests.every((request) => request.cookie === undefined)).toBe(true);

  // Tab leaves the query editor (no keyboard trap): it does not indent.
  await editor.locator('.graphiql-query-editor .CodeMirror').first().click();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.CodeMirror')))).toBe(
    false,
  );

  // The skip link jumps past the editor.
  await page.getByRole('link', { name: 'Passer l’explorateur' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#apres-explorateur')).toBeFocused();

  // axe on the page around the editor (GraphiQL's own widgets are excluded: see below).
  const { violations } = await new AxeBuilder({ page })
    .withTags(wcagTags)
    .exclude('.explorer__editor')
    .analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  // What axe says of GraphiQL's own widgets, which we cannot change: recorded, not enforced.
  const editorOnly = await new AxeBuilder({ page })
    .withTags(wcagTags)
    .include('.explorer__editor')
    .analyze();
  test.info().annotations.push({
    type: 'graphiql-axe',
    description:
      editorOnly.violations.map((v) => `${v.id} (${v.nodes.length})`).join(', ') || 'none',
  });
  console.log(`GraphiQL's own axe violations: ${test.info().annotations.at(-1)?.description}`);
  mkdirSync('/tmp/amendo-shots/open-data', { recursive: true });
  await page.screenshot({ path: '/tmp/amendo-shots/open-data/explorer-desktop.png' });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.screenshot({ path: '/tmp/amendo-shots/open-data/explorer-320.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
});

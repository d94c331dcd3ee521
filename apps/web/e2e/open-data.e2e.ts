import { expect, test, type Page } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe';

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

import { mkdirSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { asParticipant, expectNoSidewaysScroll, graphql, slug } from './support/api';
import { expectNoAxeViolations } from './support/axe';

const shots = '/tmp/amendo-shots/participant';

test('a participant page, reached from an author name: contributions, activity chart and table, responses with revisions', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const api = await playwright.request.newContext({ baseURL });
  const { consultation } = await graphql<{
    consultation: { sections: { articles: { id: string; number: number }[] }[] };
  }>(
    api,
    'query($slug: String!) { consultation(slug: $slug) { sections { articles { id number } } } }',
    { slug },
  );
  await api.dispose();
  const article = consultation.sections.flatMap((section) => section.articles)[0];
  expect(article).toBeDefined();
  const articleId = article?.id ?? '';

  // Louise (citoyen3) proposes an amendment, argues and votes; an official answers the
  // amendment, then revises the answer.
  const stamp = Date.now();
  const rationale = `Pour que l’engagement soit vérifiable (${stamp}).`;
  const { proposeAmendment } = await asParticipant<{ proposeAmendment: { id: string } }>(
    playwright,
    baseURL,
    'citoyen3@amendo.test',
    'mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }',
    {
      input: {
        articleId,
        versionNumber: 1,
        lineStart: 1,
        lineEnd: 1,
        proposedText: `Une première ligne mesurable (${stamp}).`,
        rationale,
      },
    },
  );
  await asParticipant(
    playwright,
    baseURL,
    'citoyen3@amendo.test',
    'mutation($input: PostArgumentInput!) { postArgument(input: $input) { id } }',
    {
      input: {
        targetId: articleId,
        stance: 'FOR',
        body: `Un objectif chiffré aide à suivre la mise en œuvre (${stamp}).`,
      },
    },
  );
  await asParticipant(
    playwright,
    baseURL,
    'citoyen3@amendo.test',
    'mutation($input: CastVoteInput!) { castVote(input: $input) { total } }',
    { input: { targetId: articleId, value: 'AGREE' } },
  );
  const { publishOfficialResponse } = await asParticipant<{
    publishOfficialResponse: { id: string };
  }>(
    playwright,
    baseURL,
    'elu@amendo.test',
    'mutation($input: PublishResponseInput!) { publishOfficialResponse(input: $input) { id } }',
    {
      input: {
        targetId: proposeAmendment.id,
        decision: 'UNDER_STUDY',
        body: 'Nous étudions cette proposition avec les services de la région.',
      },
    },
  );
  await asParticipant(
    playwright,
    baseURL,
    'elu@amendo.test',
    'mutation($input: ReviseResponseInput!) { reviseOfficialResponse(input: $input) { id } }',
    {
      input: {
        responseId: publishOfficialResponse.id,
        decision: 'ACCEPTED',
        body: 'Nous retenons cet amendement pour la prochaine version du texte.',
      },
    },
  );

  // From the amendment's page, the author's name leads to their history.
  await page.goto(
    `/consultations/${slug}/articles/${encodeURIComponent(articleId)}/amendements/${encodeURIComponent(proposeAmendment.id)}`,
  );
  await page.getByRole('link', { name: 'Louise', exact: true }).first().click();
  await expect(page).toHaveURL(/\/participants\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Louise' })).toBeVisible();
  await expect(page).toHaveTitle(/Louise — historique public/);

  // The chart, its legend and its table.
  const chart = page.getByRole('img', { name: /^Participation du / });
  await expect(chart).toBeVisible();
  await page.getByText('Voir les données du graphique').click();
  const table = page.getByRole('table', { name: 'Contributions et votes par jour d’activité' });
  await expect(table).toBeVisible();
  const row = table.locator('tbody tr').last();
  await expect(row.locator('td').nth(0)).toHaveText('2');
  await expect(row.locator('td').nth(1)).toHaveText('1');

  // The contributions, newest first, each linking to where it lives.
  const contributions = page.getByRole('region', { name: 'Contributions' });
  await expect(contributions.getByText('2 contributions publiques')).toBeVisible();
  const items = contributions.locator('.participant-page__item');
  await expect(items.nth(0)).toContainText('Argument (Pour)');
  await expect(items.nth(1)).toContainText('Amendement');
  await expect(items.nth(1)).toContainText(rationale);
  await expect(items.nth(1).getByRole('link', { name: /Amendement à l’article/ })).toHaveAttribute(
    'href',
    /\/amendements\//,
  );

  // The response received, with its two versions.
  const responses = page.getByRole('region', { name: 'Réponses officielles reçues' });
  await expect(responses.getByRole('heading', { name: 'Décision : Acceptée' })).toBeVisible();
  await responses.getByText('Historique : 2 versions').click();
  await expect(responses.getByText(/Version 1 du .* — À l’étude/)).toBeVisible();
  await expect(responses.getByText(/Version 2 du .* — Acceptée/)).toBeVisible();

  await expectNoAxeViolations(page);
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/participant-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/participant-320.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  // The contribution link leads back to the amendment.
  await items
    .nth(1)
    .getByRole('link', { name: /Amendement à l’article/ })
    .click();
  await expect(page).toHaveURL(/\/amendements\//);
});

import { mkdirSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';

import { asParticipant, expectNoSidewaysScroll, graphql, logIn, slug } from './support/api';
import { expectNoAxeViolations } from './support/axe';

const shots = '/tmp/amendo-shots/responses';

/** A full-page picture, wide and at 320 px (without sideways scrolling); then back to wide. */
async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `${shots}/${name}-320.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('a contribution reaching 3 votes is owed an answer, answered by an official, and its author is told', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const api = await playwright.request.newContext({ baseURL });

  // As an administrator: « every contribution with at least 3 votes, within 30 days ».
  const { consultation } = await graphql<{
    consultation: { id: string; sections: { articles: { id: string; number: number }[] }[] };
  }>(
    api,
    'query($slug: String!) { consultation(slug: $slug) { id sections { articles { id number } } } }',
    {
      slug,
    },
  );
  await api.dispose();
  await asParticipant(
    playwright,
    baseURL,
    'admin@amendo.test',
    'mutation($input: ResponsePolicyInput!) { setResponsePolicy(input: $input) { id } }',
    { input: { consultationId: consultation.id, minVotes: 3, deadlineDays: 30 } },
  );
  const article = consultation.sections.flatMap((section) => section.articles)[0];

  // A citizen argues; three others find the argument convincing: it reaches 3 votes.
  const body = `Les données des lycées doivent rester hébergées en France (${Date.now()}).`;
  const { postArgument } = await asParticipant<{ postArgument: { id: string } }>(
    playwright,
    baseURL,
    'citoyen1@amendo.test',
    'mutation($input: PostArgumentInput!) { postArgument(input: $input) { id } }',
    { input: { targetId: article.id, stance: 'FOR', body } },
  );
  for (const citizen of ['citoyen2', 'citoyen3', 'citoyen4']) {
    await asParticipant(
      playwright,
      baseURL,
      `${citizen}@amendo.test`,
      'mutation($id: ID!) { markConvincing(argumentId: $id) { id convincingCount } }',
      { id: postArgument.id },
    );
  }

  // The public tracker lists it as pending.
  await page.goto(`/consultations/${slug}/reponses?etat=en-attente`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Réponses et engagements' }),
  ).toBeVisible();
  await expect(
    page.getByText(/Toute contribution .* au moins 3 votes appelle une réponse/),
  ).toBeVisible();
  const pendingItem = page.getByRole('listitem').filter({ hasText: body });
  await expect(pendingItem).toContainText('En attente');
  await expect(pendingItem).toContainText('3 votes');
  await expect(pendingItem).toContainText('À répondre avant le');
  await expect(page.getByRole('figure')).toContainText('En attente');

  // « Évolution dans le temps »: the chart, its legend in words, and its numbers in a table.
  const timeline = page.getByRole('region', { name: 'Évolution dans le temps' });
  await expect(timeline.getByRole('img', { name: /^Évolution des engagements du/ })).toBeVisible();
  await expect(timeline).toContainText(
    'Pour les engagements dus aujourd’hui, leur état jour après jour',
  );
  await expect(timeline.getByRole('list', { name: 'Légende' })).toContainText(
    'En retard (hachuré)',
  );
  await timeline.getByText('Voir les données', { exact: true }).click();
  const data = timeline.getByRole('table');
  await expect(data).toBeVisible();
  await expect(data.getByRole('columnheader', { name: 'En attente' })).toBeVisible();
  await expect(data.getByRole('row')).not.toHaveCount(1);
  await expectNoAxeViolations(page);
  await screenshots(page, 'public-pending');

  // The official answers it in the workspace.
  await logIn(page, 'elu@amendo.test');
  await page.goto('/');
  await page.getByRole('link', { name: 'Espace élu·e' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Espace élu·e' })).toBeVisible();
  const owed = page.getByRole('listitem').filter({ hasText: body });
  await expect(owed).toContainText('En attente');
  await owed.getByRole('link', { name: /^Répondre/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Répondre' })).toBeVisible();
  await expect(page.getByText(body)).toBeVisible();

  // A rejection without its reasons is refused by the server, and said so.
  const decision = page.getByRole('group', { name: 'Décision' });
  await decision.getByRole('radio', { name: 'Rejetée' }).check();
  await page.getByRole('textbox', { name: 'Réponse' }).fill('Non.');
  await page.getByRole('button', { name: 'Publier la réponse' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary li')).not.toHaveCount(0);

  // Accepted, with a preview, then published.
  await decision.getByRole('radio', { name: 'Partiellement acceptée' }).check();
  const answer =
    'Nous retenons l’hébergement en France pour les données des lycées.\n\nLes autres données suivront le référentiel national.';
  await page.getByRole('textbox', { name: 'Réponse' }).fill(answer);
  const preview = page.getByRole('region', { name: 'Aperçu' });
  await expect(preview).toContainText('Réponse officielle');
  await expect(preview).toContainText('Décision : Partiellement acceptée');
  await expect(preview).toContainText('Claire Vasseur, Vice-présidente déléguée au numérique');
  await expectNoAxeViolations(page);
  await screenshots(page, 'workspace-composer');

  // Kept as a draft first (seen by the official only), then published.
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Brouillon enregistré' })).toBeVisible();
  await page.getByRole('button', { name: 'Publier la réponse' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Réponse publiée.' })).toBeVisible();

  await page.getByRole('link', { name: 'Retour à l’espace élu·e' }).click();
  await expect(
    page
      .getByRole('region', { name: /^Déjà répondu/ })
      .getByRole('listitem')
      .filter({ hasText: body }),
  ).toContainText('Répondu');
  await expectNoAxeViolations(page);
  await screenshots(page, 'workspace');

  // The public tracker now says it is answered.
  await page.goto(`/consultations/${slug}/reponses?etat=repondu`);
  await expect(page.getByRole('listitem').filter({ hasText: body })).toContainText('Répondu le');

  // Its author sees the notification; the bell says how many are unread.
  await logIn(page, 'citoyen1@amendo.test');
  await page.goto('/');
  const bell = page.getByRole('link', { name: /notifications? non lues?$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  const notification = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ hasText: 'Réponse officielle à votre contribution' })
    .first();
  await expect(notification).toContainText('Non lue');
  await expectNoAxeViolations(page);
  await screenshots(page, 'inbox');

  // The response is shown on the argument, signed and dated.
  await notification.getByRole('link', { name: 'Voir la contribution' }).click();
  const argument = page.getByRole('listitem').filter({ hasText: body });
  await expect(argument.getByText('Réponse officielle', { exact: true })).toBeVisible();
  await expect(argument).toContainText('Décision : Partiellement acceptée');
  await expect(argument).toContainText('Claire Vasseur, Vice-présidente déléguée au numérique');
  await argument.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/argument-response.png`, fullPage: false });

  // Marked read: said in words, and the bell follows.
  await page.goBack();
  const unread = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Non lue' });
  const before = await unread.count();
  await unread
    .first()
    .getByRole('button', { name: /^Marquer comme lue/ })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Notification marquée comme lue.' }),
  ).toBeVisible();
  await expect(unread).toHaveCount(before - 1);
  await screenshots(page, 'inbox-read');
});

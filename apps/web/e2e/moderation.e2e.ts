import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { articleId, asParticipant, expectNoSidewaysScroll, logIn, slug } from './support/api';
import { expectNoAxeViolations } from './support/axe';

/** The `playwright` fixture: its `request` makes contexts of their own. */
type Playwright = {
  request: { newContext: (options: { baseURL?: string }) => Promise<APIRequestContext> };
};

const shots = '/tmp/amendo-shots/moderation';

function articlePath(id: string): string {
  return `/consultations/${slug}/articles/${encodeURIComponent(id)}`;
}

/** `email` argues against article `number` through the API; returns the argument's id. */
async function postArgument(
  page: Page,
  playwright: Playwright,
  baseURL: string | undefined,
  email: string,
  number: number,
  body: string,
): Promise<string> {
  const targetId = await articleId(page.request, number);
  const { postArgument: argument } = await asParticipant<{ postArgument: { id: string } }>(
    playwright,
    baseURL,
    email,
    'mutation($input: PostArgumentInput!) { postArgument(input: $input) { id } }',
    { input: { targetId, stance: 'AGAINST', body } },
  );
  return argument.id;
}

function debate(page: Page) {
  return page.getByRole('region', { name: 'Débat', exact: true });
}

test.describe('moderation in the open', () => {
  test('three reports hide an argument; a moderator restores it; the public log shows both', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const stamp = Date.now();
    const text = `Ce texte ne sert que les élus déjà en place (${stamp}).`;
    const argumentId = await postArgument(
      page,
      playwright,
      baseURL,
      'citoyen4@amendo.test',
      4,
      text,
    );
    for (const citizen of ['citoyen1', 'citoyen2', 'citoyen3']) {
      await asParticipant(
        playwright,
        baseURL,
        `${citizen}@amendo.test`,
        'mutation($input: ReportInput!) { reportContribution(input: $input) { id } }',
        { input: { contributionId: argumentId, reason: 'OFFENSIVE' } },
      );
    }

    // An anonymous visitor sees a tombstone in its place, never its text.
    const id = await articleId(page.request, 4);
    await page.goto(articlePath(id));
    await expect(debate(page)).toBeVisible();
    const tombstone = debate(page)
      .locator('.tombstone')
      .filter({ hasText: 'Masqué par la modération — motif : Propos injurieux ou haineux.' })
      .first();
    await expect(tombstone).toBeVisible();
    await expect(
      tombstone.getByRole('link', { name: 'Voir le journal de modération' }),
    ).toBeVisible();
    await expect(page.getByText(text)).toHaveCount(0);
    await tombstone.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/tombstone.png` });
    await expectNoAxeViolations(page);

    // The moderator opens the queue (from the header) and restores it, with a reason.
    await logIn(page, 'moderation@amendo.test');
    await page.goto('/');
    await page
      .getByRole('navigation', { name: /principal/i })
      .getByRole('link', { name: 'Modération' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'File de modération' })).toBeVisible();
    const item = page.getByRole('article').filter({ hasText: text });
    await expect(item).toContainText('Masqué en attente d’examen');
    await expect(item).toContainText('3 signalements');
    await expect(item).toContainText('Propos injurieux ou haineux');
    await expect(item.getByRole('link', { name: 'Argument sur l’article 4' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${shots}/queue.png`, fullPage: true });

    await item.getByRole('button', { name: 'Rétablir' }).click();
    const form = item.getByRole('form', { name: 'Rétablir : énoncé des motifs' });
    await expect(form).toBeFocused();
    // The reason is still asked for.
    await form.getByRole('button', { name: 'Confirmer le rétablissement' }).click();
    await expect(form.getByRole('alert')).toContainText('Écrivez le motif de la décision.');
    const reason = `Critique vive mais légitime du texte (${stamp}).`;
    await form.getByLabel('Motif (public)').fill(reason);
    await form.getByLabel('Catégorie').selectOption('OFFENSIVE');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${shots}/queue-decision.png`, fullPage: true });
    await form.getByRole('button', { name: 'Confirmer le rétablissement' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Décision enregistrée' })).toHaveText(
      /Décision enregistrée : Rétablissement\./,
    );
    await expect(page.getByRole('article').filter({ hasText: text })).toHaveCount(0);

    // The public log shows both actions, with their reasons, and no reporter.
    await page.context().clearCookies();
    await page.goto(`/consultations/${slug}/moderation`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Journal de modération' }),
    ).toBeVisible();
    const entries = page.getByRole('listitem').filter({ has: page.getByRole('article') });
    const restore = entries.filter({ hasText: reason });
    await expect(restore.getByRole('heading', { name: 'Rétablissement' })).toBeVisible();
    await expect(restore.getByRole('link', { name: 'Argument sur l’article 4' })).toHaveAttribute(
      'href',
      articlePath(id),
    );
    // The automatic hiding came just before it (the log is newest first).
    const hide = entries.nth(
      (await entries.allTextContents()).findIndex((t) => t.includes(reason)) + 1,
    );
    await expect(hide.getByRole('heading', { name: 'Masquage' })).toBeVisible();
    await expect(hide).toContainText('Automatique, après plusieurs signalements');
    await expect(hide).toContainText('Propos injurieux ou haineux');
    await expect(page.getByText(/citoyen|Yanis/)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${shots}/log.png`, fullPage: true });

    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${shots}/log-320.png`, fullPage: true });

    // The argument reads again.
    await page.goto(articlePath(id));
    await expect(debate(page).getByText(text)).toBeVisible();
  });

  test('a citizen reports an argument with the keyboard alone', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const text = `Il faudrait tout reprendre depuis le début (${Date.now()}).`;
    await postArgument(page, playwright, baseURL, 'citoyen4@amendo.test', 6, text);

    await logIn(page, 'citoyen5@amendo.test');
    await page.goto(articlePath(await articleId(page.request, 6)));
    const argument = debate(page).getByRole('listitem').filter({ hasText: text });
    const report = argument.getByRole('button', { name: 'Signaler cette contribution' });
    await expect(report).toBeVisible();

    await page.locator('body').press('Tab');
    for (let step = 0; step < 150; step += 1) {
      if (await report.evaluate((button) => button === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(report).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Signaler cette contribution' });
    await expect(dialog).toBeVisible();
    const spam = dialog.getByRole('radio', { name: 'Spam ou publicité' });
    await expect(spam).toBeFocused();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${shots}/dialog.png` });

    // « Autre raison » (the last, one arrow up from the first) needs details.
    await page.keyboard.press('ArrowUp');
    const other = dialog.getByRole('radio', { name: 'Autre raison' });
    await expect(other).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel('Précisions')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const summary = dialog
      .getByRole('alert')
      .filter({ hasText: 'Précisez la raison du signalement.' });
    await expect(summary).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(dialog.getByLabel('Précisions')).toBeFocused();
    await page.keyboard.type('Ce message est copié-collé sous chaque article.');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Envoyer le signalement' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(dialog).toBeHidden();
    await expect(argument.getByText('Vous avez signalé cette contribution.')).toBeFocused();
    await expect(argument.getByRole('status')).toHaveText(
      'Merci : votre signalement a été transmis aux modérateurs.',
    );
    // Escape closes the dialog and gives the focus back (checked on another argument).
    await page.setViewportSize({ width: 320, height: 700 });
    await expectNoSidewaysScroll(page);
  });

  test('the author does not see « Signaler » on their own argument; 320 px dialog', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const text = `Une version plus courte serait plus lisible (${Date.now()}).`;
    await postArgument(page, playwright, baseURL, 'citoyen4@amendo.test', 7, text);
    const others = `Le calendrier proposé est trop serré (${Date.now()}).`;
    await postArgument(page, playwright, baseURL, 'citoyen2@amendo.test', 7, others);

    await logIn(page, 'citoyen4@amendo.test');
    await page.goto(articlePath(await articleId(page.request, 7)));
    const own = debate(page).getByRole('listitem').filter({ hasText: text });
    await expect(own).toBeVisible();
    await expect(own.getByRole('button', { name: /Signaler/ })).toHaveCount(0);

    await page.setViewportSize({ width: 320, height: 700 });
    const report = debate(page)
      .getByRole('listitem')
      .filter({ hasText: others })
      .getByRole('button', { name: 'Signaler cette contribution' });
    await report.click();
    const dialog = page.getByRole('dialog', { name: 'Signaler cette contribution' });
    await expect(dialog).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${shots}/dialog-320.png` });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(report).toBeFocused();
  });
  test('the author appeals a hiding; another moderator grants it from the queue', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const stamp = Date.now();
    const text = `Cet article oublie les communes rurales (${stamp}).`;
    const argumentId = await postArgument(
      page,
      playwright,
      baseURL,
      'citoyen4@amendo.test',
      5,
      text,
    );
    // A first moderator hides it.
    await asParticipant(
      playwright,
      baseURL,
      'moderation@amendo.test',
      'mutation($input: ModerateInput!) { moderate(input: $input) { id } }',
      {
        input: {
          action: 'HIDE',
          contributionId: argumentId,
          reasonCategory: 'OFF_TOPIC',
          reason: `Hors sujet selon la modération (${stamp}).`,
        },
      },
    );
    const id = await articleId(page.request, 5);

    // The author appeals from the tombstone's link, in the UI.
    await logIn(page, 'citoyen4@amendo.test');
    await page.goto(articlePath(id));
    const own = debate(page).getByRole('listitem').filter({ hasText: text }).locator('.tombstone');
    await own.getByRole('link', { name: 'Contester cette décision' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Contester une décision de modération' }),
    ).toBeVisible();
    await expect(page.getByText(`Hors sujet selon la modération (${stamp}).`)).toBeVisible();
    const appealText = `Mon argument porte bien sur l’article 5 (${stamp}).`;
    await page.getByLabel('Votre recours').fill(appealText);
    await page.getByRole('button', { name: 'Envoyer le recours' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Votre recours a été envoyé. Vous serez informé·e de la décision.',
    );

    // The moderator who hid it may not decide the appeal: the French message says why.
    await page.context().clearCookies();
    await logIn(page, 'moderation@amendo.test');
    await page.goto('/moderation');
    const section = page.getByRole('region', { name: 'Recours en attente' });
    let appeal = section.getByRole('article').filter({ hasText: appealText });
    await expect(appeal).toBeVisible();
    let form = appeal.getByRole('form', { name: 'Décider du recours' });
    await form.getByRole('radio', { name: 'Accueillir' }).check();
    await form.getByLabel('Motif de la décision').fill('Le texte répond bien à l’article.');
    await form.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await expect(form.getByRole('alert')).toContainText('vous avez pris la décision contestée');

    // Another moderator grants it.
    await page.context().clearCookies();
    await logIn(page, 'moderation2@amendo.test');
    await page.goto('/moderation');
    await expect(page.getByRole('heading', { level: 1, name: 'File de modération' })).toBeVisible();
    appeal = section.getByRole('article').filter({ hasText: appealText });
    await expect(appeal).toContainText('Recours contre : Masquage');
    await expect(appeal).toContainText(`Hors sujet selon la modération (${stamp}).`);
    await expect(appeal).toContainText('Hors sujet');
    await expect(appeal.getByRole('link', { name: 'Argument sur l’article 5' })).toHaveAttribute(
      'href',
      articlePath(id),
    );
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${shots}/appeals.png`, fullPage: true });

    form = appeal.getByRole('form', { name: 'Décider du recours' });
    // A choice and a motivated reason of 10 characters or more are asked for.
    await form.getByRole('button', { name: 'Enregistrer la décision' }).click();
    const summary = form.getByRole('alert');
    await expect(summary).toContainText('Choisissez d’accueillir ou de rejeter le recours.');
    await expect(summary).toContainText('Écrivez le motif de la décision.');
    await form.getByRole('radio', { name: 'Accueillir' }).check();
    await form.getByLabel('Motif de la décision').fill('Fondé.');
    await form.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await expect(form.getByRole('alert')).toContainText(
      'Le motif doit compter au moins 10 caractères.',
    );
    await expectNoAxeViolations(page);
    await form
      .getByLabel('Motif de la décision')
      .fill(`L’argument porte sur l’article 5 (${stamp}).`);
    await form.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Recours accueilli' })).toHaveText(
      'Recours accueilli : la décision contestée est annulée.',
    );
    await expect(section.getByRole('article').filter({ hasText: appealText })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The argument reads again, for everyone.
    await page.context().clearCookies();
    await page.goto(articlePath(id));
    await expect(debate(page).getByText(text)).toBeVisible();
  });
});

import { expect, test, type Page } from '@playwright/test';

import {
  articleId,
  expectNoSidewaysScroll,
  graphql,
  logIn,
  loginMutation,
  password,
  slug,
} from './support/api';
import { expectNoAxeViolations } from './support/axe';

const citoyen1 = 'citoyen1@amendo.test';
const citoyen2 = 'citoyen2@amendo.test';

function articlePath(id: string): string {
  return `/consultations/${slug}/articles/${encodeURIComponent(id)}`;
}

/** Opens article `number` and waits for its debate. */
async function openDebate(page: Page, number: number): Promise<void> {
  await page.goto(articlePath(await articleId(page.request, number)));
  await expect(page.getByRole('heading', { level: 2, name: 'Débat' })).toBeVisible();
}

/** The article's own debate (amendments on the page have theirs). */
function debate(page: Page) {
  return page.getByRole('region', { name: 'Débat', exact: true });
}

function voteButton(page: Page, label: 'D’accord' | 'Mitigé' | 'Pas d’accord') {
  return debate(page)
    .getByRole('group', { name: 'Êtes-vous d’accord avec ce texte ?' })
    .getByRole('button', {
      name: new RegExp(`^${label} \\d+ votes?$`),
    });
}

function column(page: Page, stance: 'Pour' | 'Contre') {
  return debate(page).getByRole('region', { name: new RegExp(`^${stance}( \\(\\d+\\))?$`) });
}

test.describe('debate on an article', () => {
  test('a participant votes « D’accord », then changes to « Pas d’accord », then withdraws', async ({
    page,
  }) => {
    await logIn(page, citoyen1);
    await openDebate(page, 2);
    const agree = voteButton(page, 'D’accord');
    const disagree = voteButton(page, 'Pas d’accord');
    await expect(agree).toHaveAttribute('aria-pressed', 'false');
    await expect(debate(page).getByText('Personne n’a encore voté.')).toBeVisible();
    await expectNoAxeViolations(page);

    await agree.click();
    await expect(agree).toHaveAttribute('aria-pressed', 'true');
    await expect(agree).toContainText('1 vote');
    const status = debate(page).getByRole('status').filter({ hasText: 'Vote enregistré' });
    await expect(status).toHaveText(
      'Vote enregistré : « D’accord ». Résultat : 1 d’accord, 0 mitigé, 0 pas d’accord.',
    );
    await expect(debate(page).getByText('Résultat sur 1 vote :')).toBeVisible();
    await expect(debate(page).getByText(/^D’accord : 100\s%\s\(1\)$/)).toBeVisible();
    await expect(debate(page).getByText(/^Votre vote : « D’accord »/)).toBeVisible();

    await disagree.click();
    await expect(disagree).toHaveAttribute('aria-pressed', 'true');
    await expect(agree).toHaveAttribute('aria-pressed', 'false');
    await expect(agree).toContainText('0 vote');
    await expect(disagree).toContainText('1 vote');
    await expect(status).toHaveText(
      'Vote enregistré : « Pas d’accord ». Résultat : 0 d’accord, 0 mitigé, 1 pas d’accord.',
    );
    await expect(debate(page).getByText(/^Pas d’accord : 100\s%\s\(1\)$/)).toBeVisible();
    await expectNoAxeViolations(page);

    // Pressing the pressed button withdraws the vote.
    await disagree.click();
    await expect(disagree).toHaveAttribute('aria-pressed', 'false');
    await expect(debate(page).getByRole('status').filter({ hasText: 'Vote retiré.' })).toHaveText(
      'Vote retiré. Résultat : 0 d’accord, 0 mitigé, 0 pas d’accord.',
    );
  });

  test('with the keyboard alone, a participant votes and changes the vote', async ({ page }) => {
    await logIn(page, citoyen1);
    await openDebate(page, 5);
    const agree = voteButton(page, 'D’accord');
    const mixed = voteButton(page, 'Mitigé');
    await expect(agree).toBeVisible();

    // From the top of the page, Tab until « D’accord ».
    await page.locator('body').press('Tab');
    for (let step = 0; step < 80; step += 1) {
      if (await agree.evaluate((button) => button === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(agree).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(agree).toHaveAttribute('aria-pressed', 'true');
    await expect(agree).toBeFocused();

    await page.keyboard.press('Tab');
    await expect(mixed).toBeFocused();
    await page.keyboard.press('Space');
    await expect(mixed).toHaveAttribute('aria-pressed', 'true');
    await expect(agree).toHaveAttribute('aria-pressed', 'false');
    await expect(
      debate(page).getByRole('status').filter({ hasText: 'Vote enregistré' }),
    ).toContainText('Résultat : 0 d’accord, 1 mitigé, 0 pas d’accord.');
  });

  test('a participant posts an argument of each stance, finds another convincing and changes the order', async ({
    page,
    playwright,
    baseURL,
  }) => {
    // Another participant argues first, through the API.
    const id = await articleId(page.request, 3);
    const other = await playwright.request.newContext({ baseURL });
    const { login } = await graphql<{ login: { token: string } }>(other, loginMutation, {
      input: { email: citoyen2, password },
    });
    const othersText = `Un comité tiré au sort coûtera cher à organiser (${Date.now()}).`;
    await graphql(
      other,
      'mutation($input: PostArgumentInput!) { postArgument(input: $input) { id } }',
      { input: { targetId: id, stance: 'AGAINST', body: othersText } },
      login.token,
    );
    await other.dispose();

    await logIn(page, citoyen1);
    await openDebate(page, 3);
    const against = column(page, 'Contre');
    const othersArgument = against.getByRole('listitem').filter({ hasText: othersText });
    await expect(othersArgument).toContainText('Par Yanis B.');
    await expect(othersArgument).toContainText(
      'Personne ne trouve encore cet argument convaincant.',
    );

    // « Convaincant » is a toggle.
    const convincing = othersArgument.getByRole('button', { name: 'Convaincant' });
    await expect(convincing).toHaveAttribute('aria-pressed', 'false');
    await convincing.click();
    await expect(convincing).toHaveAttribute('aria-pressed', 'true');
    await expect(othersArgument).toContainText('1 personne trouve cet argument convaincant.');

    // An empty argument is caught before anything is sent.
    const forColumn = column(page, 'Pour');
    await forColumn.getByText('Ajouter un argument pour').click();
    await forColumn.getByRole('button', { name: 'Publier l’argument' }).click();
    await expect(
      forColumn.getByRole('alert').filter({ hasText: 'Le formulaire n’a pas pu être envoyé' }),
    ).toContainText('Écrivez votre argument avant de l’envoyer.');
    await expectNoAxeViolations(page);

    const forText = `Tirer au sort les citoyens du comité diversifie les regards (${Date.now()}).`;
    const forField = forColumn.getByRole('textbox', { name: 'Votre argument pour' });
    await forField.fill(forText);
    await expect(forColumn.getByText(/^\d+ caractères écrits sur 10\s000\.$/)).toBeVisible();
    await forColumn.getByRole('button', { name: 'Publier l’argument' }).click();
    await expect(forColumn.getByText(/^Votre argument est publié/)).toBeVisible();
    const mine = forColumn.getByRole('listitem').filter({ hasText: forText });
    await expect(mine).toContainText('Par Camille');
    await expect(mine).toContainText('C’est votre argument.');
    await expect(mine.getByRole('button', { name: 'Convaincant' })).toHaveCount(0);
    await expect(forField).toHaveValue('');

    // Its author edits it within 15 minutes.
    await mine.getByRole('button', { name: 'Modifier' }).click();
    const editField = mine.getByRole('textbox', { name: 'Modifier votre argument' });
    await expect(editField).toBeFocused();
    await editField.fill(`${forText} Et renforce la confiance.`);
    await mine.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(mine).toContainText('Et renforce la confiance.');
    await expect(mine).toContainText('(modifié)');
    // Both versions stay public.
    await mine.getByText('Voir les 2 versions de cet argument').click();
    const versions = mine.locator('.argument__revisions dd');
    await expect(versions).toHaveText([forText, `${forText} Et renforce la confiance.`]);
    await expectNoAxeViolations(page);

    const againstText = `Le tirage au sort écarte les associations expertes (${Date.now()}).`;
    await against.getByText('Ajouter un argument contre').click();
    await against.getByRole('textbox', { name: 'Votre argument contre' }).fill(againstText);
    await against.getByRole('button', { name: 'Publier l’argument' }).click();
    await expect(against.getByRole('listitem').filter({ hasText: againstText })).toBeVisible();
    await expect(against.getByRole('heading')).toHaveText(/^Contre \(\d+\)$/);
    await expectNoAxeViolations(page);

    // Orders: newest first, then oldest first.
    const order = debate(page).getByRole('combobox', { name: 'Ordre des arguments' });
    await expect(order).toHaveValue('RANDOM');
    await order.selectOption({ label: 'Les plus récents' });
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Arguments classés par ordre : Les plus récents.' }),
    ).toBeAttached();
    await expect(against.getByRole('listitem').first()).toContainText(againstText);
    await order.selectOption({ label: 'Les plus anciens' });
    await expect(against.getByRole('listitem').last()).toContainText(againstText);
    await expect(forColumn.getByRole('listitem').filter({ hasText: forText })).toBeVisible();

    // The order's explanation is one link away.
    await debate(page)
      .getByRole('link', { name: 'Comment sont classées les contributions ?' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Comment sont classées les contributions ?' }),
    ).toBeVisible();
    await expect(page.getByText('Aléatoire', { exact: true })).toBeVisible();
    await expect(page.getByText('Les plus débattues', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a participant adds a source; a javascript: address is refused', async ({ page }) => {
    await logIn(page, citoyen1);
    await openDebate(page, 4);
    const sources = debate(page).getByRole('region', { name: /^Sources/ });
    await sources.getByText('Ajouter une source').click();

    await sources
      .getByRole('textbox', { name: 'Adresse de la source' })
      .fill('javascript:alert(1)');
    await sources.getByRole('textbox', { name: 'Titre' }).fill('Un piège');
    await sources.getByRole('button', { name: 'Ajouter la source' }).click();
    const summary = sources
      .getByRole('alert')
      .filter({ hasText: 'Le formulaire n’a pas pu être envoyé' });
    await expect(summary).toContainText('Seules les adresses http:// et https:// sont acceptées');
    await expect(sources.getByRole('textbox', { name: 'Adresse de la source' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectNoAxeViolations(page);

    const title = `Loi pour une République numérique (${Date.now()})`;
    await sources
      .getByRole('textbox', { name: 'Adresse de la source' })
      .fill('https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000033202746');
    await sources.getByRole('textbox', { name: 'Titre' }).fill(title);
    await sources
      .getByRole('textbox', { name: 'Description (facultative)' })
      .fill('La loi née de la consultation de 2015.');
    await sources.getByRole('button', { name: 'Ajouter la source' }).click();
    await expect(sources.getByText('Votre source est ajoutée en tête de la liste.')).toBeVisible();

    const link = sources.getByRole('link', { name: title });
    await expect(link).toHaveAttribute(
      'href',
      'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000033202746',
    );
    await expect(link).toHaveAttribute('rel', 'nofollow ugc noopener');
    expect(await link.getAttribute('target')).toBeNull();
    await expect(sources.getByText('(www.legifrance.gouv.fr)')).toBeVisible();
    await expect(sources.getByText(/^Ajoutée par Camille, le /).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a visitor sees the results and is offered to log in, coming back here', async ({
    page,
  }) => {
    await openDebate(page, 2);
    await expect(
      debate(page).getByRole('group', { name: 'Êtes-vous d’accord avec ce texte ?' }),
    ).toHaveCount(0);
    const login = debate(page).getByRole('link', { name: 'Connectez-vous pour voter' });
    const path = new URL(page.url()).pathname;
    await expect(login).toHaveAttribute('href', `/connexion?retour=${encodeURIComponent(path)}`);
    await expect(
      debate(page).getByRole('link', { name: /^Connectez-vous pour ajouter un argument/ }),
    ).toBeVisible();
    await expect(
      debate(page).getByRole('link', { name: 'Connectez-vous pour ajouter une source' }),
    ).toBeVisible();
    await expect(debate(page).getByRole('button', { name: 'Convaincant' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('at 320 px wide, the debate stacks its columns and does not scroll sideways', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await logIn(page, citoyen1);
    await openDebate(page, 3);
    await expect(voteButton(page, 'Mitigé')).toBeVisible();
    await column(page, 'Pour').getByText('Ajouter un argument pour').click();
    await page
      .getByRole('region', { name: /^Sources/ })
      .getByText('Ajouter une source')
      .click();

    const forBox = await column(page, 'Pour').boundingBox();
    const againstBox = await column(page, 'Contre').boundingBox();
    expect(forBox && againstBox && againstBox.y >= forBox.y + forBox.height).toBe(true);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
  });
});

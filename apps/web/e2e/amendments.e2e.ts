import { mkdirSync } from 'node:fs';

import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe';

const slug = 'schema-regional-du-numerique';
const password = 'amendo-demo-2026';
const citizen = 'citoyen1@amendo.test';
const otherCitizen = 'citoyen2@amendo.test';
const admin = 'admin@amendo.test';
/** Article 4 of the demo consultation: nine lines, never touched by the other journeys. */
const articleNumber = 4;
const shots = process.env.AMENDO_SHOTS ?? '/tmp/amendo-shots/amendments';

/** Logs in through the API; the session cookie is shared with the page. */
async function logIn(page: Page, email: string): Promise<void> {
  await page.context().clearCookies();
  const response = await page.request.post('/graphql', {
    data: {
      query: 'mutation Login($input: LoginInput!) { login(input: $input) { viewer { id } } }',
      variables: { input: { email, password } },
    },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { errors?: unknown[] };
  expect(body.errors).toBeUndefined();
}

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string }[];
}

/** A participant speaking to the API with a bearer token (no cookie, no CSRF header needed). */
async function apiAs(request: APIRequestContext, email: string) {
  const login = await request.post('/graphql', {
    data: {
      query: 'mutation Login($input: LoginInput!) { login(input: $input) { token } }',
      variables: { input: { email, password } },
    },
  });
  const { data } = (await login.json()) as GraphQLAnswer<{ login: { token: string } }>;
  const token = data?.login.token;
  expect(token).toBeTruthy();
  return async function call<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await request.post('/graphql', {
      headers: { authorization: `Bearer ${token}` },
      data: { query, variables },
    });
    const body = (await response.json()) as GraphQLAnswer<T>;
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };
}

interface ArticleFacts {
  id: string;
  path: string;
  version: number;
  lines: string[];
}

/** Opens the article from the table of contents and reads its facts from the API. */
async function openArticle(page: Page): Promise<ArticleFacts> {
  await page.goto(`/consultations/${slug}`);
  await page
    .getByRole('navigation', { name: 'Sommaire du projet de texte' })
    .getByRole('link', { name: new RegExp(`^Article ${articleNumber} — `) })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    new RegExp(`^Article ${articleNumber} — `),
  );
  const path = new URL(page.url()).pathname;
  const id = decodeURIComponent(path.split('/').pop() ?? '');
  const response = await page.request.post('/graphql', {
    data: {
      query: 'query($id: ID!) { article(id: $id) { currentVersion { number lines { text } } } }',
      variables: { id },
    },
  });
  const { data } = (await response.json()) as GraphQLAnswer<{
    article: { currentVersion: { number: number; lines: { text: string }[] } };
  }>;
  const current = data?.article.currentVersion;
  expect(current).toBeTruthy();
  return {
    id,
    path,
    version: current?.number ?? 0,
    lines: current?.lines.map((line) => line.text) ?? [],
  };
}

function line(page: Page, number: number) {
  return page.locator(`#ligne-${number}`);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
}

/** A full-page picture, wide and at 320 px, for a person to look at; then back to wide. */
async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `${shots}/${name}-320.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe('line-level amendments across versions', () => {
  test('a citizen amends lines 3–4 with the keyboard; a new version moves it and incorporates another', async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const suffix = `(essai ${Date.now()})`;

    // 1. A citizen selects lines 3 to 4 with the keyboard and proposes a replacement.
    await logIn(page, citizen);
    const article = await openArticle(page);
    const { version } = article;
    await page.getByText('Comment sélectionner des lignes ?').focus();
    await page.keyboard.press('Tab');
    await expect(line(page, 1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(page).toHaveURL(/#L3-L4$/);
    await page.keyboard.press('Shift+Tab');
    const propose = page.getByRole('button', { name: 'Proposer une modification' });
    await propose.focus();
    await page.keyboard.press('Enter');

    const form = page.getByRole('region', { name: 'Proposer une modification des lignes 3 à 4' });
    await expect(form.getByRole('heading', { level: 3 })).toBeFocused();
    await expect(form.getByRole('radio', { name: /^Remplacer les lignes 3 à 4/ })).toBeChecked();
    await expect(form.getByRole('radio', { name: /^Supprimer les lignes 3 à 4/ })).toBeVisible();
    await expect(form.getByRole('radio', { name: /^Insérer .* avant la ligne 3/ })).toBeVisible();
    await expect(form.getByRole('radio', { name: /^Insérer .* après la ligne 4/ })).toBeVisible();
    const wording = form.getByRole('textbox', { name: 'Nouvelle rédaction des lignes 3 à 4' });
    await expect(wording).toHaveValue(`${article.lines[2]}\n${article.lines[3]}`);

    // Nothing sent without a rationale; the summary says so.
    await form.getByRole('button', { name: 'Publier mon amendement' }).click();
    await expect(form.getByRole('alert')).toContainText(
      'Expliquez votre proposition dans l’exposé des motifs.',
    );

    const newLine3 = `${article.lines[2].replace(/\.$/, '')}, sous licence EUPL ${suffix}.`;
    await wording.fill(`${newLine3}\n${article.lines[3]}`);
    await form
      .getByRole('textbox', { name: 'Exposé des motifs' })
      .fill('Une licence européenne, reconnue par toutes les administrations.');
    const preview = form.getByRole('region', { name: 'Aperçu : le texte avec votre modification' });
    await expect(preview.locator('ins', { hasText: 'EUPL' })).toBeVisible();
    await expect(preview.getByText('Ligne 3 modifiée')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshots(page, 'article-form');

    await form.getByRole('button', { name: 'Publier mon amendement' }).click();
    await expect(form.getByText('Votre amendement est publié.')).toBeVisible();
    await expect(
      page.getByRole('link', { name: /^\d+ amendements? sur la ligne 3$/ }),
    ).toBeVisible();
    await form.getByRole('link', { name: 'Voir mon amendement' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Modification des lignes 3 à 4',
    );
    const firstAmendmentPath = new URL(page.url()).pathname;
    await expect(page.locator('.amendment-page__meta')).toContainText('Ouvert');
    await expect(page.getByText(`Sur la version ${version} du texte.`)).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Vos actions sur cet amendement' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Modifier mon amendement' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retirer mon amendement' })).toBeVisible();

    // 2. Another citizen amends line 6, through the API.
    const request = await playwright.request.newContext({ baseURL });
    const asOther = await apiAs(request, otherCitizen);
    const line6 = `${article.lines[5].replace(/\.$/, '')}, et publiée en ligne ${suffix}.`;
    const proposed = await asOther<{ proposeAmendment: { id: string } }>(
      `mutation Propose($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }`,
      {
        input: {
          articleId: article.id,
          versionNumber: version,
          lineStart: 6,
          lineEnd: 6,
          proposedText: line6,
          rationale: 'Que chacun puisse lire la réponse.',
        },
      },
    );
    const secondId = proposed.proposeAmendment.id;
    // The first citizen also amends line 1, which the new version rewrites: it will be outdated.
    const citizenRequest = await playwright.request.newContext({ baseURL });
    const asCitizen = await apiAs(citizenRequest, citizen);
    const outdated = await asCitizen<{ proposeAmendment: { id: string } }>(
      `mutation Propose($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }`,
      {
        input: {
          articleId: article.id,
          versionNumber: version,
          lineStart: 1,
          lineEnd: 1,
          proposedText: `${article.lines[0].replace(/\.$/, '')}, au plus tard ${suffix}.`,
          rationale: 'Une échéance claire.',
        },
      },
    );
    await request.dispose();
    await citizenRequest.dispose();

    // 3. An admin publishes a version that changes line 1 and incorporates the second amendment.
    await logIn(page, admin);
    await page.goto(article.path);
    await page.getByRole('link', { name: /Publier une nouvelle version de cet article/ }).click();
    const next = version + 1;
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: new RegExp(`^Nouvelle version de l’article ${articleNumber}`),
      }),
    ).toBeVisible();
    const choice = page.getByRole('checkbox', { name: 'Intégrer « Modification de la ligne 6 »' });
    await expect(choice).toBeVisible();
    await expect(
      page.getByRole('checkbox', { name: 'Intégrer « Modification des lignes 3 à 4 »' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await choice.check();
    await expect(
      page.getByText('L’amendement coché est appliqué au texte ci-dessous.'),
    ).toBeVisible();
    const textField = page.getByRole('textbox', { name: `Texte de la version ${next}` });
    const merged = (await textField.inputValue()).split('\n');
    expect(merged[5]).toBe(line6);
    // Line 1 changes and a new line follows it: every later line moves down by one.
    merged.splice(
      0,
      1,
      `${article.lines[0]} ${suffix}`,
      `Elle est ouverte à toutes et à tous ${suffix}.`,
    );
    await textField.fill(merged.join('\n'));
    const others = page.getByRole('region', {
      name: `Les autres amendements ouverts avec la version ${next}`,
    });
    // (On fresh demo data these are the only ones; a rerun finds the earlier runs' amendments too.)
    await expect(others).toContainText(
      /\d+ amendements? rester(a|ont) ouverts?, sur d’autres numéros/,
    );
    await expect(others).toContainText(/\d+ amendements? deviendr(a|ont) dépassés?/);
    await expect(others).toContainText('Modification de la ligne 1 (proposé par Camille)');
    await expect(others).toContainText(
      'Modification des lignes 3 à 4 (proposé par Camille) → lignes 4 à 5',
    );
    await page
      .getByRole('textbox', { name: 'Résumé des modifications' })
      .fill(`Intègre l’amendement sur les réponses publiées ${suffix}.`);
    await page.getByRole('button', { name: `Vérifier et publier la version ${next}` }).click();
    await expect(
      page.getByText(/^Amendements intégrés : 1\. Déplacés : \d+\. Dépassés : \d+\.$/),
    ).toBeVisible();
    if (version === 1) {
      await expect(
        page.getByText('Amendements intégrés : 1. Déplacés : 1. Dépassés : 1.'),
      ).toBeVisible();
    }
    await screenshots(page, 'publish');
    await page.getByRole('button', { name: `Oui, publier la version ${next}` }).click();
    await expect(
      page.getByText(`La version ${next} de l’article ${articleNumber} est publiée.`),
    ).toBeVisible();

    // 4. The first amendment is on the new version, two lines down; the second is incorporated.
    await page.goto(firstAmendmentPath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Modification des lignes 4 à 5',
    );
    await expect(page.locator('.amendment-page__meta')).toContainText('Ouvert');
    await expect(page.getByText(`Sur la version ${next} du texte.`)).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Historique' })
        .getByText(`Déplacé sur la version ${next} (lignes 4 à 5)`),
    ).toBeVisible();
    await expect(
      page
        .getByRole('list', { name: /lignes visées en surbrillance/ })
        .locator('.article-line--selected'),
    ).toHaveCount(2);
    await expectNoAxeViolations(page);
    await screenshots(page, 'amendment-moved');

    await page.goto(`${article.path}/amendements/${encodeURIComponent(secondId)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modification de la ligne 6');
    await expect(page.locator('.amendment-page__meta')).toContainText(
      `Intégré dans la version ${next}`,
    );
    await expectNoAxeViolations(page);

    // On the article page: the marker has moved with the lines; the list tells both stories.
    await page.goto(article.path);
    const marker = page.getByRole('link', { name: '1 amendement sur la ligne 4' });
    await expect(marker).toBeVisible();
    await expect(
      page.getByRole('link', { name: /^\d+ amendements? sur la ligne 5$/ }),
    ).toBeVisible();
    await marker.click();
    await expect(page).toHaveURL(/\?ligne=4$/);
    const list = page.getByRole('region', { name: 'Amendements' });
    await expect(list.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(list.getByText('Amendements ouverts qui touchent la ligne 4.')).toBeVisible();
    await expect(list.getByRole('link', { name: 'Modification des lignes 4 à 5' })).toBeVisible();
    await list.getByRole('link', { name: 'Voir tous les amendements' }).click();
    await list.getByLabel('Afficher').selectOption('INCORPORATED');
    await expect(
      list.getByRole('link', { name: 'Modification de la ligne 6' }).first(),
    ).toBeVisible();
    await expect(list.getByText(`Intégré dans la version ${next}`).first()).toBeVisible();
    await expectNoAxeViolations(page);

    // 5. The amendment of line 1 is outdated; its author re-proposes it on the new text in one step.
    await logIn(page, citizen);
    await page.goto(
      `${article.path}/amendements/${encodeURIComponent(outdated.proposeAmendment.id)}`,
    );
    await expect(page.locator('.amendment-page__meta')).toContainText(
      'Dépassé : le texte a changé',
    );
    await expect(page.getByText('Votre texte remplacera : lignes 1 à 2.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Reproposer sur le texte actuel' }).click();
    await expect(
      page.getByText(`Votre amendement est reproposé sur la version ${next} du texte.`),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Modification des lignes 1 à 2',
    );
    await expect(page.locator('.amendment-page__meta')).toContainText('Ouvert');
    await expect(page.getByRole('link', { name: /voir l’amendement d’origine/ })).toBeVisible();
  });

  test('a citizen proposes a new article; it is listed in its section and has its own page', async ({
    page,
  }) => {
    const title = `Un droit à la déconnexion des agents régionaux (${Date.now()})`;
    await logIn(page, citizen);
    await page.goto(`/consultations/${slug}`);
    const overview = page.getByRole('region', { name: 'Propositions de nouveaux articles' });
    await overview
      .getByRole('link', {
        name: 'Proposer un nouvel article dans la partie « Citoyenneté — Une démocratie numérique ouverte et exigeante »',
      })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Proposer un nouvel article',
    );
    await page.getByRole('button', { name: 'Publier ma proposition' }).click();
    await expect(page.getByRole('alert')).toContainText('Donnez un titre à l’article.');
    await page.getByRole('textbox', { name: 'Titre de l’article' }).fill(title);
    await page
      .getByRole('textbox', { name: 'Texte de l’article' })
      .fill(
        'I. — Les agents de la Région ont droit à la déconnexion en dehors de leurs heures de travail.\nII. — Un bilan annuel est présenté au comité social.',
      );
    await page
      .getByRole('textbox', { name: 'Exposé des motifs' })
      .fill('Le numérique ne doit pas effacer la frontière entre travail et vie personnelle.');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Publier ma proposition' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('Votre proposition de nouvel article est publiée.')).toBeVisible();
    await expect(page.locator('.proposal-body')).toContainText(
      'heures de travail.\nII. — Un bilan annuel',
    );
    await expect(page.getByText('Ouverte', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Vos actions sur cette proposition' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshots(page, 'proposal');

    // Listed on the consultation page, in its section, and on the section's own page.
    await page.goto(`/consultations/${slug}`);
    const section = overview.getByRole('region', {
      name: 'Citoyenneté — Une démocratie numérique ouverte et exigeante',
    });
    const seeAll = section.getByRole('link', {
      name: /^Voir (la proposition|les \d+ propositions) de cette partie/,
    });
    await expect(seeAll).toBeVisible();
    if ((await seeAll.textContent())?.includes('Voir la proposition')) {
      await expect(section.getByRole('link', { name: title })).toBeVisible();
    }
    await seeAll.click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Propositions de nouveaux articles',
    );
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

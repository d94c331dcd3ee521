import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The demo consultation and the password of every demo account (`npm start` seeds them). */
export const slug = 'schema-regional-du-numerique';
export const password = 'amendo-demo-2026';

interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string }[];
}

/** One GraphQL call that must succeed (HTTP 200, no errors); with a bearer `token` if given. */
export async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as GraphQLBody<T>;
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

export const loginMutation =
  'mutation Login($input: LoginInput!) { login(input: $input) { token viewer { id } } }';

/** Logs in through the API (leaving any earlier session); the cookie is shared with the page. */
export async function logIn(page: Page, email: string): Promise<void> {
  await page.context().clearCookies();
  await graphql(page.request, loginMutation, { input: { email, password } });
}

interface Playwright {
  request: { newContext: (options: { baseURL?: string }) => Promise<APIRequestContext> };
}

/** One call as `email`, in a cookie-less context with a bearer token (the page stays as it is). */
export async function asParticipant<T>(
  playwright: Playwright,
  baseURL: string | undefined,
  email: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const context = await playwright.request.newContext({ baseURL });
  try {
    const { login } = await graphql<{ login: { token: string } }>(context, loginMutation, {
      input: { email, password },
    });
    const fresh = await playwright.request.newContext({ baseURL });
    try {
      return await graphql<T>(fresh, query, variables, login.token);
    } finally {
      await fresh.dispose();
    }
  } finally {
    await context.dispose();
  }
}

/** The id of the demo consultation's article `number`. */
export async function articleId(request: APIRequestContext, number: number): Promise<string> {
  const data = await graphql<{
    consultation: { sections: { articles: { id: string; number: number }[] }[] };
  }>(
    request,
    'query($slug: String!) { consultation(slug: $slug) { sections { articles { id number } } } }',
    { slug },
  );
  const article = data.consultation.sections
    .flatMap((section) => section.articles)
    .find((candidate) => candidate.number === number);
  if (!article) throw new Error(`no article ${number}`);
  return article.id;
}

/** The page does not scroll sideways (320 px wide, 200 % zoom). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
}

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  buildClientSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  isObjectType,
} from 'graphql';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { startTestApp, type TestApp } from './test-app.js';

const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { token viewer { id email displayName roles } } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token viewer { id email } } }`;
const VIEWER = '{ viewer { id email displayName roles suspendedUntil } }';

type Headers = Record<string, string>;
const bearer = (token: string): Headers => ({ authorization: `Bearer ${token}` });

async function count(t: TestApp, table: string): Promise<number> {
  const [row] = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(row?.n);
}

/** Raw POST to /graphql, to see cookies and send the headers a browser would. */
async function post(
  t: TestApp,
  query: string,
  variables: unknown,
  headers: Headers = {},
): Promise<Response> {
  return fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

function cookiesFrom(response: Response): Record<string, string> {
  return Object.fromEntries(
    response.headers.getSetCookie().map((cookie) => {
      const [pair = ''] = cookie.split(';');
      const index = pair.indexOf('=');
      return [pair.slice(0, index), pair.slice(index + 1)];
    }),
  );
}

describe('accounts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
  });
  afterAll(() => t.close());

  it('registers a pseudonymous citizen, with a normalised email and a session', async () => {
    const { data, errors } = await t.graphql<{
      register: { token: string; viewer: { email: string; roles: string[]; displayName: string } };
    }>(REGISTER, {
      input: {
        email: '  Nadia.K@Example.ORG ',
        password: 'tartine-de-miel-2026',
        displayName: 'Nadia K.',
      },
    });
    expect(errors).toBeUndefined();
    expect(data?.register.viewer).toMatchObject({
      email: 'nadia.k@example.org',
      roles: ['CITIZEN'],
      displayName: 'Nadia K.',
    });
    const viewer = await t.graphql<{ viewer: { email: string } }>(
      VIEWER,
      {},
      bearer(data?.register.token ?? ''),
    );
    expect(viewer.data?.viewer.email).toBe('nadia.k@example.org');
    const [row] = await t.sql<{ password_hash: string }>(
      `SELECT password_hash FROM participant WHERE email = 'nadia.k@example.org'`,
    );
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a taken email (whatever its case), a common or short password, bad names — writing nothing', async () => {
    const before = await count(t, 'participant');
    const cases: [Record<string, string>, string, RegExp][] = [
      [
        { email: 'NADIA.K@example.org', password: 'autre-phrase-secrete', displayName: 'Nadia' },
        'CONFLICT',
        /existe déjà/,
      ],
      [
        { email: 'new1@example.org', password: 'azertyuiop', displayName: 'Nouveau' },
        'BAD_USER_INPUT',
        /plus courants/,
      ],
      [
        { email: 'new2@example.org', password: 'court', displayName: 'Nouveau' },
        'BAD_USER_INPUT',
        /au moins 10/,
      ],
      [
        { email: 'not-an-email', password: 'tartine-de-miel-2026', displayName: 'Nouveau' },
        'BAD_USER_INPUT',
        /e-mail n’est pas valide/,
      ],
      [
        {
          email: 'new3@example.org',
          password: 'tartine-de-miel-2026',
          displayName: '<script>alert(1)</script>',
        },
        'BAD_USER_INPUT',
        /< >/,
      ],
      [
        { email: "x' OR '1'='1@example.org", password: "' OR 1=1 --aaaaaa", displayName: 'Robert' },
        'BAD_USER_INPUT',
        /e-mail/,
      ],
      [
        {
          email: 'new4@example.org',
          password: 'tartine-de-miel-2026',
          displayName: 'x'.repeat(5000),
        },
        'BAD_USER_INPUT',
        /2 à 80/,
      ],
    ];
    for (const [input, code, message] of cases) {
      const { errors } = await t.graphql(REGISTER, { input });
      expect(errors?.[0]?.extensions?.code).toBe(code);
      expect(errors?.[0]?.message).toMatch(message);
    }
    expect(await count(t, 'participant')).toBe(before);
  });

  it('answers a 1 MB display name with a coded error and no stack trace', async () => {
    const response = await post(t, REGISTER, {
      input: {
        email: 'big@example.org',
        password: 'tartine-de-miel-2026',
        displayName: 'x'.repeat(1024 * 1024),
      },
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as {
      errors: { extensions: { code: string }; message: string }[];
    };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/\n\s+at |stack/);
  });

  it('logs in with the right password only, with the same answer for an unknown email', async () => {
    const wrong = await t.graphql(LOGIN, {
      input: { email: 'citoyen1@amendo.test', password: 'pas-le-bon-mot-de-passe' },
    });
    const unknown = await t.graphql(LOGIN, {
      input: { email: 'personne@amendo.test', password: 'pas-le-bon-mot-de-passe' },
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    const right = await t.graphql<{ login: { token: string } }>(LOGIN, {
      input: { email: 'CITOYEN1@amendo.test', password: 'amendo-demo-2026' },
    });
    expect(right.data?.login.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('ends a session with logout, and every session with logoutEverywhere', async () => {
    const first = await t.as('citoyen2@amendo.test');
    const second = await t.as('citoyen2@amendo.test');
    expect(
      (await t.graphql<{ logout: boolean }>('mutation { logout }', {}, first)).data?.logout,
    ).toBe(true);
    expect((await t.graphql<{ viewer: unknown }>(VIEWER, {}, first)).data?.viewer).toBeNull();
    expect((await t.graphql<{ viewer: unknown }>(VIEWER, {}, second)).data?.viewer).not.toBeNull();
    const third = await t.as('citoyen2@amendo.test');
    await t.graphql('mutation { logoutEverywhere }', {}, third);
    expect((await t.graphql<{ viewer: unknown }>(VIEWER, {}, second)).data?.viewer).toBeNull();
    expect((await t.graphql<{ viewer: unknown }>(VIEWER, {}, third)).data?.viewer).toBeNull();
    const [row] = await t.sql<{ n: string }>(
      `SELECT count(*) AS n FROM session s JOIN participant p ON p.id = s.participant_id
       WHERE p.email = 'citoyen2@amendo.test' AND s.revoked_at IS NULL`,
    );
    expect(Number(row?.n)).toBe(0);
  });

  it('keeps a session’s last use to the nearest 10 minutes, writing only when it is older', async () => {
    const headers = await t.as('citoyen3@amendo.test');
    const token = headers.authorization?.slice('Bearer '.length) ?? '';
    const lastSeen = async () => {
      const [row] = await t.sql<{ at: Date }>(
        `SELECT last_seen_at AS at FROM session WHERE token_hash = sha256(convert_to($1, 'UTF8'))`,
        [token],
      );
      return row?.at;
    };
    const old = new Date(Date.now() - 60 * 60 * 1000);
    await t.sql(
      `UPDATE session SET last_seen_at = $1 WHERE token_hash = sha256(convert_to($2, 'UTF8'))`,
      [old, token],
    );
    expect((await lastSeen())?.getTime()).toBe(old.getTime());
    expect((await t.graphql<{ viewer: unknown }>(VIEWER, {}, headers)).data?.viewer).not.toBeNull();
    // The write is not awaited by the request: wait for it.
    for (let i = 0; i < 50 && (await lastSeen())?.getTime() === old.getTime(); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const seen = await lastSeen();
    expect(seen && seen.getTime()).toBeGreaterThan(Date.now() - 60_000);
    await t.graphql(VIEWER, {}, headers);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await lastSeen())?.getTime()).toBe(seen?.getTime());
  });

  it('sets an httpOnly SameSite=Lax cookie, requires the CSRF header on cookie mutations, and rotates on login', async () => {
    const response = await post(t, LOGIN, {
      input: { email: 'citoyen3@amendo.test', password: 'amendo-demo-2026' },
    });
    const raw = response.headers.getSetCookie();
    expect(raw.find((c) => c.startsWith('amendo_session='))).toMatch(/HttpOnly; SameSite=Lax/i);
    expect(raw.find((c) => c.startsWith('amendo_csrf='))).not.toMatch(/HttpOnly/i);
    const cookies = cookiesFrom(response);
    const cookie = {
      cookie: `amendo_session=${cookies.amendo_session}; amendo_csrf=${cookies.amendo_csrf}`,
    };

    const read = (await (await post(t, VIEWER, {}, cookie)).json()) as {
      data: { viewer: { email: string } };
    };
    expect(read.data.viewer.email).toBe('citoyen3@amendo.test');
    const rename =
      'mutation { updateAccount(input: { displayName: "Louise L." }) { displayName } }';
    const forged = (await (await post(t, rename, {}, cookie)).json()) as {
      errors: { extensions: { code: string; reason: string } }[];
    };
    expect(forged.errors[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF' });
    const wrongToken = (await (
      await post(t, rename, {}, { ...cookie, 'x-csrf-token': 'x'.repeat(24) })
    ).json()) as {
      errors: { extensions: { reason: string } }[];
    };
    expect(wrongToken.errors[0]?.extensions.reason).toBe('CSRF');
    const genuine = (await (
      await post(t, rename, {}, { ...cookie, 'x-csrf-token': cookies.amendo_csrf ?? '' })
    ).json()) as {
      data: { updateAccount: { displayName: string } };
    };
    expect(genuine.data.updateAccount.displayName).toBe('Louise L.');

    const again = await post(
      t,
      LOGIN,
      { input: { email: 'citoyen3@amendo.test', password: 'amendo-demo-2026' } },
      {
        ...cookie,
        'x-csrf-token': cookies.amendo_csrf ?? '',
      },
    );
    expect(again.status).toBe(200);
    const old = (await (await post(t, VIEWER, {}, cookie)).json()) as { data: { viewer: unknown } };
    expect(old.data.viewer).toBeNull();
  });

  it('changes the password only with the current one, and then closes the other sessions', async () => {
    const mine = await t.as('citoyen4@amendo.test');
    const other = await t.as('citoyen4@amendo.test');
    const change = (current: string) =>
      t.graphql(
        `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }`,
        { input: { currentPassword: current, newPassword: 'velo-cargo-sous-la-pluie' } },
        mine,
      );
    expect((await change('mauvais-mot-de-passe')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await change('amendo-demo-2026')).errors).toBeUndefined();
    expect((await t.graphql<{ viewer: unknown }>(VIEWER, {}, other)).data?.viewer).toBeNull();
    expect((await t.graphql<{ viewer: unknown }>(VIEWER, {}, mine)).data?.viewer).not.toBeNull();
    await expect(t.as('citoyen4@amendo.test', 'velo-cargo-sous-la-pluie')).resolves.toHaveProperty(
      'authorization',
    );
  });

  it('exports the viewer’s data as JSON, and only to them', async () => {
    expect((await fetch(`${t.url}/account/data`)).status).toBe(401);
    const response = await fetch(`${t.url}/account/data`, {
      headers: await t.as('citoyen5@amendo.test'),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);
    const data = (await response.json()) as {
      participant: { email: string };
      events: { type: string }[];
      sessions: unknown[];
    };
    expect(data.participant.email).toBe('citoyen5@amendo.test');
    expect(data.events.map((e) => e.type)).toContain('participant.joined');
    expect(data.sessions.length).toBeGreaterThan(0);
  });

  it('deletes an account: personal data gone, the row kept anonymous, login impossible', async () => {
    const registered = await t.graphql<{ register: { token: string; viewer: { id: string } } }>(
      REGISTER,
      {
        input: {
          email: 'partir@example.org',
          password: 'au-revoir-et-merci',
          displayName: 'Sur le départ',
        },
      },
    );
    const headers = bearer(registered.data?.register.token ?? '');
    const id = registered.data?.register.viewer.id ?? '';
    const wrong = await t.graphql('mutation { deleteAccount(password: "non") }', {}, headers);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await t.graphql('mutation { deleteAccount(password: "au-revoir-et-merci") }', {}, headers))
        .errors,
    ).toBeUndefined();
    const [row] = await t.sql<Record<string, unknown>>(
      `SELECT display_name, email, password_hash, deleted_at FROM participant WHERE id = $1`,
      [Buffer.from(id, 'base64').toString().split(':')[1]],
    );
    expect(row).toMatchObject({
      display_name: 'Participant·e supprimé·e',
      email: null,
      password_hash: null,
    });
    expect(row?.deleted_at).not.toBeNull();
    expect(
      (await t.graphql<{ participant: unknown }>(`{ participant(id: "${id}") { id } }`)).data
        ?.participant,
    ).toBeNull();
    const login = await t.graphql(LOGIN, {
      input: { email: 'partir@example.org', password: 'au-revoir-et-merci' },
    });
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('exports and erases the notifications of an account with it', async () => {
    const registered = await t.graphql<{ register: { token: string; viewer: { id: string } } }>(
      REGISTER,
      {
        input: {
          email: 'notifiee@example.org',
          password: 'boite-aux-lettres-pleine',
          displayName: 'Notifiée',
        },
      },
    );
    const headers = bearer(registered.data?.register.token ?? '');
    const uuid = Buffer.from(registered.data?.register.viewer.id ?? '', 'base64')
      .toString()
      .split(':')[1];
    await t.sql(
      `INSERT INTO notification (participant_id, kind, source_key, title, body, created_at)
       VALUES ($1, 'OFFICIAL_RESPONSE', 'test:1', 'Une réponse officielle', 'Votre amendement a reçu une réponse.', now())`,
      [uuid],
    );
    const exported = (await (await fetch(`${t.url}/account/data`, { headers })).json()) as {
      notifications: { title: string }[];
    };
    expect(exported.notifications.map((n) => n.title)).toEqual(['Une réponse officielle']);
    await t.graphql(
      'mutation { deleteAccount(password: "boite-aux-lettres-pleine") }',
      {},
      headers,
    );
    const [left] = await t.sql<{ n: string }>(
      'SELECT count(*) AS n FROM notification WHERE participant_id = $1',
      [uuid],
    );
    expect(Number(left?.n)).toBe(0);
  });

  it('lets admins grant and revoke roles, each change recorded; an official needs a title', async () => {
    const admin = await t.as('admin@amendo.test');
    const [target] = await t.sql<{ id: string }>(
      `SELECT id FROM participant WHERE email = 'citoyen5@amendo.test'`,
    );
    const participantId = Buffer.from(`Participant:${target?.id}`).toString('base64');
    const grant = `mutation($input: RoleChangeInput!) { grantRole(input: $input) { roles officialTitle } }`;
    const noTitle = await t.graphql(grant, { input: { participantId, role: 'OFFICIAL' } }, admin);
    expect(noTitle.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const granted = await t.graphql<{ grantRole: { roles: string[]; officialTitle: string } }>(
      grant,
      {
        input: {
          participantId,
          role: 'OFFICIAL',
          officialTitle: 'Conseillère régionale déléguée à l’inclusion',
        },
      },
      admin,
    );
    expect(granted.data?.grantRole).toEqual({
      roles: ['CITIZEN', 'OFFICIAL'],
      officialTitle: 'Conseillère régionale déléguée à l’inclusion',
    });
    const revoked = await t.graphql<{
      revokeRole: { roles: string[]; officialTitle: string | null };
    }>(
      `mutation($input: RoleChangeInput!) { revokeRole(input: $input) { roles officialTitle } }`,
      { input: { participantId, role: 'OFFICIAL' } },
      admin,
    );
    expect(revoked.data?.revokeRole).toEqual({ roles: ['CITIZEN'], officialTitle: null });
    const events = await t.sql<{ type: string; payload: { role: string } }>(
      `SELECT type, payload FROM event WHERE subject_id = $1 AND type LIKE 'participant.role.%' ORDER BY seq`,
      [target?.id],
    );
    expect(events.map((e) => [e.type, e.payload.role])).toEqual([
      ['participant.role.granted', 'OFFICIAL'],
      ['participant.role.revoked', 'OFFICIAL'],
    ]);
  });

  it('lets a suspended participant read and manage their account, but not act with their roles', async () => {
    await t.sql(
      `UPDATE participant SET suspended_until = now() + interval '7 days' WHERE email = 'moderation2@amendo.test'`,
    );
    const suspended = await t.as('moderation2@amendo.test');
    const viewer = await t.graphql<{ viewer: { suspendedUntil: string } }>(VIEWER, {}, suspended);
    expect(viewer.data?.viewer.suspendedUntil).not.toBeNull();
    const rename = await t.graphql(
      'mutation { updateAccount(input: { displayName: "Modé 2" }) { id } }',
      {},
      suspended,
    );
    expect(rename.errors).toBeUndefined();
    await t.sql(
      `UPDATE participant SET suspended_until = now() + interval '7 days', roles = '{CITIZEN,ADMIN}' WHERE email = 'moderation2@amendo.test'`,
    );
    const act = await t.graphql(
      `mutation { grantRole(input: { participantId: "${Buffer.from('Participant:00000000-0000-4000-8000-000000000000').toString('base64')}", role: MODERATOR }) { id } }`,
      {},
      suspended,
    );
    expect(act.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SUSPENDED' });
    expect(act.errors?.[0]?.message).toMatch(/suspendu jusqu’au/);
  });

  it('never shows an email in a public type: only Viewer has one', async () => {
    const { data } = await t.graphql<IntrospectionQuery>(getIntrospectionQuery());
    const schema = buildClientSchema(data as IntrospectionQuery);
    const withEmail = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
      .filter((type) =>
        Object.keys((type as { getFields(): object }).getFields()).some((field) =>
          /e-?mail/i.test(field),
        ),
      )
      .map((type) => type.name);
    expect(withEmail).toEqual(['Viewer']);
  });
});

describe('rate limits (on)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true, rateLimits: true });
    await t.app.get(DemoSeedService).seed();
  });
  afterAll(() => t.close());

  it('locks an account for 15 minutes after 5 failed logins, even with the right password', async () => {
    const attempt = (password: string) =>
      t.graphql(LOGIN, { input: { email: 'citoyen1@amendo.test', password } });
    for (let i = 0; i < 5; i += 1) {
      expect((await attempt('mauvais-mot-de-passe')).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    const locked = await attempt('amendo-demo-2026');
    expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(locked.errors?.[0]?.extensions?.retryAfter)).toBeGreaterThan(0);
    expect(locked.errors?.[0]?.message).toMatch(/Réessayez dans/);
  });

  it('answers 1,000 logins from one IP with 10 attempts a minute, then RATE_LIMITED, writing nothing', async () => {
    const sessionsBefore = await count(t, 'session');
    const codes = new Map<string, number>();
    for (let batch = 0; batch < 20; batch += 1) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          t.graphql(LOGIN, {
            input: { email: 'citoyen2@amendo.test', password: 'mauvais-mot-de-passe' },
          }),
        ),
      );
      for (const answer of answers) {
        const code = String(answer.errors?.[0]?.extensions?.code);
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    }
    // The 1,000 requests also meet the general limit of 1,000 requests a minute per IP.
    expect((codes.get('UNAUTHENTICATED') ?? 0) + (codes.get('RATE_LIMITED') ?? 0)).toBe(1000);
    expect(codes.get('UNAUTHENTICATED')).toBeLessThanOrEqual(10);
    expect(await count(t, 'session')).toBe(sessionsBefore);
  });
});

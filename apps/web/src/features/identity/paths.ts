export const loginRoute = '/connexion';
export const registerRoute = '/inscription';
export const accountRoute = '/compte';
/** Served by the API, not the web app: a JSON file of all the viewer's data. */
export const accountDataUrl = '/account/data';

const authPages = /^\/(connexion|inscription)(\/|$)/;

/**
 * The same-site path to go back to after logging in, from a `?retour=` value; anything else
 * (another site, `//host`, the login pages themselves) leads home.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  try {
    const url = new URL(value, window.location.origin);
    if (url.origin !== window.location.origin || authPages.test(url.pathname)) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

/**
 * Where "Se connecter" should come back to from the page at `location`: that page, or, on the
 * login and registration pages, the place they were already going back to.
 */
export function returnPathFrom(location: {
  pathname: string;
  search: string;
  hash: string;
}): string {
  if (authPages.test(location.pathname)) {
    return safeReturnPath(new URLSearchParams(location.search).get('retour'));
  }
  return safeReturnPath(`${location.pathname}${location.search}${location.hash}`);
}

function withReturn(route: string, returnTo: string | undefined): string {
  const path = safeReturnPath(returnTo);
  return path === '/' ? route : `${route}?retour=${encodeURIComponent(path)}`;
}

/** The login page, coming back to `returnTo` afterwards. */
export function loginPath(returnTo?: string): string {
  return withReturn(loginRoute, returnTo);
}

/** The registration page, coming back to `returnTo` afterwards. */
export function registerPath(returnTo?: string): string {
  return withReturn(registerRoute, returnTo);
}

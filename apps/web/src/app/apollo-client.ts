import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** The API's double-submit CSRF cookie (readable by the page) and the header that echoes it. */
const csrfCookie = 'amendo_csrf';
const csrfHeader = 'x-csrf-token';

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const found = document.cookie.split('; ').find((cookie) => cookie.startsWith(prefix));
  return found ? decodeURIComponent(found.slice(prefix.length)) : undefined;
}

/**
 * A logged-in browser's mutations must echo the CSRF cookie in a header. It is read on every
 * request (it changes at each login) and sent with all of them, which the API accepts.
 */
const csrfLink = new ApolloLink((operation, forward) => {
  const token = readCookie(csrfCookie);
  if (token) {
    operation.setContext(({ headers }) => ({
      headers: { ...(headers as Record<string, string> | undefined), [csrfHeader]: token },
    }));
  }
  return forward(operation);
});

/** One client for the whole app; the session cookie travels with same-origin requests. */
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([csrfLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  cache: new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          consultations: relayStylePagination(),
        },
      },
    },
  }),
  clientAwareness: { name: 'amendo-web', version: '0.1.0' },
});

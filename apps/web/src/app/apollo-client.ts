import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** One client for the whole app; the session cookie travels with same-origin requests. */
export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
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

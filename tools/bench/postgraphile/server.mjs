// PostGraphile 4 over the bench's views (see ../views.sql), for `npm run bench` only: the same
// article page as Amendo's, read through a GraphQL API generated from the database.
// Usage: DATABASE_URL=… PORT=… node server.mjs
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { postgraphile } = require('postgraphile');

const middleware = postgraphile(process.env.DATABASE_URL, 'postgraphile_bench', {
  graphqlRoute: '/graphql',
  disableDefaultMutations: true,
  ignoreRBAC: false,
  setofFunctionsContainNulls: false,
  dynamicJson: true,
  disableQueryLog: true,
  enableQueryBatching: false,
  retryOnInitFail: false,
});

createServer(middleware).listen(Number(process.env.PORT), '127.0.0.1', () => {
  process.stdout.write(`postgraphile: ready on ${process.env.PORT}\n`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(0));

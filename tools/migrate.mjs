#!/usr/bin/env node
// `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded server.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, ROOT } from './build.mjs';

build(['text', 'migrations', 'api']);
await import(pathToFileURL(join(ROOT, 'apps/api/dist/cli/migrate.js')).href);

#!/usr/bin/env node
// `npm start`: builds what is missing or stale, then serves the API and the web app on PORT.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, ROOT } from './build.mjs';

try {
  build();
} catch (error) {
  console.error(`amendo: ${error.message}`);
  process.exit(1);
}
await import(pathToFileURL(join(ROOT, 'apps/api/dist/main.js')).href);

#!/usr/bin/env node
// `npm run import:capcollectif -- <export.csv> [--consultation <slug>] [--batch-size <rows>] [--json]`:
// builds what is stale, then imports a Cap Collectif consultation export into the database of
// `npm start` (DATABASE_URL, or the embedded server). Arguments go to the command as they are.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, ROOT } from './build.mjs';

try {
  // Build messages on stderr: stdout carries the summary (`--json` included).
  build(['text', 'migrations', 'api'], { log: (message) => console.error(message) });
} catch (error) {
  console.error(`amendo: ${error.message}`);
  process.exit(1);
}
await import(pathToFileURL(join(ROOT, 'apps/api/dist/cli/import-capcollectif.js')).href);

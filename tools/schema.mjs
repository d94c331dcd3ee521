#!/usr/bin/env node
// `npm run schema:print` writes apps/api/schema.graphql from the code; `npm run schema:check`
// fails when the committed file differs (the public contract changed without review).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build, ROOT } from './build.mjs';

build(['text', 'migrations', 'api']);
const result = spawnSync(
  process.execPath,
  [join(ROOT, 'apps/api/dist/cli/print-schema.js'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);

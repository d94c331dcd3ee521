#!/usr/bin/env node
// Builds Amendo's projects, each only when its sources are newer than its last build.
// `node tools/build.mjs` builds what is missing or stale; `--force` rebuilds; project names
// (text, migrations, api, web) narrow it. Nx targets and `npm start` both call this one file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

/** Each project: the files it is built from, its stamp, and its build steps (in order). */
export const PROJECTS = {
  text: {
    inputs: ['libs/text/src', 'libs/text/tsconfig.lib.json', 'tsconfig.base.json'],
    stamp: 'libs/text/dist/.built',
    steps: [[bin('tsc'), ['-p', 'libs/text/tsconfig.lib.json']]],
  },
  migrations: {
    inputs: ['migrations', '.swcrc'],
    stamp: 'migrations/dist/.built',
    steps: [
      [
        bin('swc'),
        [
          '.',
          '-d',
          'dist',
          '--strip-leading-paths',
          '--config-file',
          '../.swcrc',
          '--ignore',
          'dist/**,node_modules/**',
          '-q',
        ],
        'migrations',
      ],
    ],
  },
  api: {
    inputs: ['apps/api/src', '.swcrc'],
    stamp: 'apps/api/dist/.built',
    steps: [
      [
        bin('swc'),
        [
          'src',
          '-d',
          'dist',
          '--strip-leading-paths',
          '--config-file',
          '../../.swcrc',
          '--ignore',
          '**/*.spec.ts,**/*.integration-spec.ts',
          '-q',
        ],
        'apps/api',
      ],
    ],
  },
  web: {
    inputs: [
      'apps/web/src',
      'apps/web/index.html',
      'apps/web/public',
      'apps/web/vite.config.ts',
      'apps/web/codegen.ts',
      'apps/api/schema.graphql',
      'libs/text/src',
    ],
    ignore: ['apps/web/src/gql'],
    stamp: 'apps/web/dist/.built',
    steps: [
      [bin('graphql-codegen'), ['--config', 'apps/web/codegen.ts', '--silent']],
      [bin('vite'), ['build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']],
    ],
  },
};

function newest(path, ignore) {
  const full = join(ROOT, path);
  if (!existsSync(full) || ignore.some((skip) => path.startsWith(skip))) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(full)) {
    if (entry === 'dist' || entry === 'node_modules') continue;
    latest = Math.max(latest, newest(join(path, entry), ignore));
  }
  return latest;
}

export function isStale(name) {
  const project = PROJECTS[name];
  const stamp = join(ROOT, project.stamp);
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return project.inputs.some((input) => newest(input, project.ignore ?? []) > built);
}

/** Builds the named projects (all by default) that are stale, or all of them with `force`. */
export function build(names = Object.keys(PROJECTS), { force = false, log = console.log } = {}) {
  for (const name of names) {
    const project = PROJECTS[name];
    if (!project)
      throw new Error(`unknown project "${name}" (known: ${Object.keys(PROJECTS).join(', ')})`);
    if (!force && !isStale(name)) continue;
    const started = Date.now();
    log(`amendo: building ${name}…`);
    for (const [command, args, cwd = '.'] of project.steps) {
      const result = spawnSync(command, args, { cwd: join(ROOT, cwd), stdio: 'inherit' });
      if (result.status !== 0) {
        throw new Error(`building ${name} failed (${relative(ROOT, command)} ${args.join(' ')})`);
      }
    }
    writeFileSync(join(ROOT, project.stamp), new Date().toISOString() + '\n');
    log(`amendo: built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const names = args.filter((arg) => !arg.startsWith('--'));
  try {
    build(names.length > 0 ? names : undefined, { force: args.includes('--force') });
  } catch (error) {
    console.error(`amendo: ${error.message}`);
    process.exit(1);
  }
}

#!/usr/bin/env node
// Reports what a first visit downloads (gzip), from the built web app: index.html plus the
// scripts, preloads and stylesheets it references — the budget is 200 KB for the article page
// (its route adds nothing eager beyond this entry). `node tools/bundle-size.mjs` after a build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, ROOT } from './build.mjs';

const BUDGET = 200 * 1000;
build(['text', 'web'], { log: () => undefined });
const dist = join(ROOT, 'apps/web/dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
  (match) => match[1],
);
const sizes = [['index.html', gzipSync(html, { level: 9 }).length]];
for (const file of files)
  sizes.push([file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length]);
const total = sizes.reduce((sum, [, size]) => sum + size, 0);
for (const [file, size] of sizes) console.log(`${String(size).padStart(9)} B  ${file}`);
console.log(
  `${String(total).padStart(9)} B  first load, gzip -9 (budget ${BUDGET} B): ${total <= BUDGET ? 'within' : 'OVER'}`,
);
process.exitCode = total <= BUDGET ? 0 : 1;

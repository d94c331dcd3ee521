import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const api = 'http://localhost:3000';

/**
 * GraphiQL and every package only it brings (its editor, dialogs, markdown…): they stay out of
 * the vendor chunk, so that only the API explorer's page downloads them.
 */
function explorerPackages(): string[] {
  const shared = new Set(['react', 'react-dom', 'scheduler']);
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name) || shared.has(name)) return;
    seen.add(name);
    try {
      const url = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
      const pkg = JSON.parse(readFileSync(url, 'utf8')) as { dependencies?: object };
      for (const dependency of Object.keys(pkg.dependencies ?? {})) visit(dependency);
    } catch {
      // not installed at the top level: nested, matched by name all the same
    }
  };
  visit('graphiql');
  // graphql-js too (a peer of GraphiQL): the app itself needs only a few of its modules.
  return [...seen, 'graphql'];
}
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lazyOnly = ['diff', ...explorerPackages()]
  .map((name) => name.split('/').map(escape).join('[\\\\/]'))
  .join('|');

/**
 * GraphiQL's stylesheet embeds 34 web fonts (Roboto, Fira Code) as data URLs, 270 KB compressed:
 * the explorer uses the system's sans-serif and monospace fonts instead.
 */
const graphiqlWithoutFonts: Plugin = {
  name: 'amendo:graphiql-without-fonts',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]node_modules[\\/]graphiql[\\/]dist[\\/]style\.css$/.test(id.split('?')[0] ?? '')) {
      return null;
    }
    return { code: code.replace(/@font-face\s*\{[^}]*\}/g, ''), map: null };
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), graphiqlWithoutFonts],
  resolve: {
    alias: {
      '@amendo/text': fileURLToPath(new URL('../../libs/text/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Libraries change less often than the app: a separate chunk stays cached across releases.
    // Budget: the article page's first load must stay under 200 KB compressed (DESIGN.md).
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // jsdiff stays out: only the lazily loaded administration uses it (`@amendo/text`);
          // so does GraphiQL, loaded by the API explorer's page only.
          groups: [
            {
              name: 'vendor',
              test: new RegExp(`[\\\\/]node_modules[\\\\/](?!(?:${lazyOnly})[\\\\/])`),
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/open-data': api,
      '/account': api,
    },
  },
  preview: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/open-data': api,
      '/account': api,
    },
  },
});

import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
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
          // jsdiff stays out: only the lazily loaded administration uses it (`@amendo/text`).
          groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/](?!diff[\\/])/ }],
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

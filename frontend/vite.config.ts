import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { graphqlDocuments } from './build/graphql-documents';

// The API runs on :3000 (npm start); in development Vite serves the app and forwards the API.
const api = process.env.FLEX_API_URL ?? 'http://localhost:3000';

const SHELL_VENDORS = /node_modules\/(react|react-dom|scheduler|react-router|@apollo|graphql|rxjs|tslib|i18next|react-i18next|@wry|optimism|@graphql-typed-document-node|zen-observable)\//;

function vendorChunk(id: string): string | undefined {
  return SHELL_VENDORS.test(id) ? 'vendor' : undefined;
}

export default defineConfig({
  plugins: [graphqlDocuments(fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url))), react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps are written beside the bundles for debugging a build, but the bundles do not point
    // to them and the server never serves *.map in production (NODE_ENV=production).
    sourcemap: 'hidden',
    rollupOptions: {
      output: {
        // Libraries change less often than the app: the ones every page needs (React, the router,
        // Apollo, i18next) get their own cacheable chunk; the others (qrcode, date-fns…) stay with
        // the route chunks that use them, so the sign-in page never loads the calendar's code.
        manualChunks: vendorChunk,
      },
    },
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': api,
      '/health': api,
      '/api': api,
    },
  },
});

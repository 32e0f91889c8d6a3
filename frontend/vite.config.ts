import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API runs on :3000 (npm start); in development Vite serves the app and forwards the API.
const api = process.env.FLEX_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps are written beside the bundles for debugging a build, but the bundles do not point
    // to them and the server never serves *.map in production (NODE_ENV=production).
    sourcemap: 'hidden',
    rollupOptions: {
      output: {
        // Libraries change less often than the app: their own cacheable chunk.
        manualChunks: (id) => (id.includes('node_modules') ? 'vendor' : undefined),
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

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The explorer is served by the API server from client/dist; in dev, Vite proxies the API to it.
const apiTarget = process.env.API_URL ?? `http://localhost:${process.env.PORT ?? 4000}`;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/graphql': apiTarget,
      '/health': apiTarget,
    },
  },
});

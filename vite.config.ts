/** Builds the renderer (renderer/index.html) into out/renderer; the same files run in Electron and in a browser. */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/**
 * `npm run dev` only: the development server's hot reload runs an inline script (React Refresh's
 * preamble), which the app's Content-Security-Policy forbids; the dev server's page allows inline scripts.
 * Builds keep the policy as written.
 */
const devPolicy: Plugin = {
  name: 'concord-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("script-src 'self';", "script-src 'self' 'unsafe-inline';"),
};

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), devPolicy],
  // Prefer packages' "worker" builds: they also run in the window, and the import worker needs them
  // (e.g. the markdown parser's entity decoder, whose "browser" build uses the DOM).
  resolve: {
    conditions: ['worker', ...defaultClientConditions],
    // jszip's setImmediate polyfill builds functions from strings: jszip from its sources (its browser
    // build inlines the polyfill) with a small setImmediate that does not (renderer/shims/set-immediate.ts).
    alias: [
      { find: /^jszip$/, replacement: fileURLToPath(new URL('./node_modules/jszip/lib/index.js', import.meta.url)) },
      { find: /^setimmediate$/, replacement: fileURLToPath(new URL('./renderer/shims/set-immediate.ts', import.meta.url)) },
      { find: /^stream$/, replacement: fileURLToPath(new URL('./renderer/shims/no-node-stream.ts', import.meta.url)) },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2023',
    chunkSizeWarningLimit: 4096,
  },
  // The import worker loads pdf.js on demand, which needs ES-module workers.
  worker: { format: 'es' },
  preview: { port: 5173, strictPort: true },
  server: { port: 5173, strictPort: true },
});

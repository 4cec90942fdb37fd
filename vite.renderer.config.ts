import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The renderer alone, built exactly as electron-vite builds it for the app, for the end-to-end
 * tests that load it in Debian's Chromium without an Electron binary.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve('out/renderer'),
    emptyOutDir: true,
    sourcemap: true,
  },
});
